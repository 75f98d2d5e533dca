package io.terrain.waves.control;

import io.terrain.waves.entity.Engagement;
import java.util.Map;

/**
 * Whether a site's units let it go in a wave: the nearest unit with a level noted (its sector, else
 * its region) gives the first wave it is ready for (no level noted: ready, the plan does not track
 * engagement there); blocked when its sector or its region is.
 */
public record Readiness(Map<Long, Engagement> levels, Map<Long, EngagementStore.Block> blocks) {

    public int firstReadyWave(Long regionId, Long sectorId) {
        Engagement nearest = sectorId != null && levels.containsKey(sectorId) ? levels.get(sectorId)
                : regionId == null ? null : levels.get(regionId);
        return nearest == null ? 0 : nearest.getLevel().firstReadyWave();
    }

    public boolean blocked(Long regionId, Long sectorId) {
        return sectorId != null && blocks.containsKey(sectorId) || regionId != null && blocks.containsKey(regionId);
    }
}
