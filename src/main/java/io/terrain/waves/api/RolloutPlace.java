package io.terrain.waves.api;

import java.io.Serializable;

/**
 * Where in the network a plan's figures are read: the whole perimeter, one region, one sector or one site (at most
 * one of the three set). Rollout rows carry their region and sector, so no tree walk is needed.
 */
public record RolloutPlace(Long regionId, Long sectorId, Long siteId) implements Serializable {

    public static final RolloutPlace EVERYWHERE = new RolloutPlace(null, null, null);

    public RolloutPlace {
        int set = (regionId == null ? 0 : 1) + (sectorId == null ? 0 : 1) + (siteId == null ? 0 : 1);
        if (set > 1) {
            throw new IllegalArgumentException("A place is a region, a sector or a site, not several");
        }
    }

    public static RolloutPlace region(long id) {
        return new RolloutPlace(id, null, null);
    }

    public static RolloutPlace sector(long id) {
        return new RolloutPlace(null, id, null);
    }

    public static RolloutPlace site(long id) {
        return new RolloutPlace(null, null, id);
    }
}
