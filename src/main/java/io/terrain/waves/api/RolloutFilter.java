package io.terrain.waves.api;

import java.io.Serializable;

/**
 * Filters of a plan's site list, all optional: a wave (or {@code unplanned} for sites in none), a
 * status, a region, a sector, a segment, and the start of a site code.
 */
public record RolloutFilter(Long waveId, boolean unplanned, RolloutStatus status, Long regionId, Long sectorId, String segment,
                            String codePrefix) implements Serializable {

    public static RolloutFilter all() {
        return new RolloutFilter(null, false, null, null, null, null, null);
    }
}
