package io.terrain.network.api;

import java.io.Serializable;
import java.util.Set;

/**
 * What a line manager answers for: the org units they manage with every unit under them, and the sites they
 * manage one by one. {@code wholeNetwork} when they manage the network's root. Empty for anyone else.
 */
public record ManagedPerimeter(boolean wholeNetwork, Set<Long> orgUnitIds, Set<Long> siteIds) implements Serializable {

    public static final ManagedPerimeter NOTHING = new ManagedPerimeter(false, Set.of(), Set.of());

    public ManagedPerimeter {
        orgUnitIds = Set.copyOf(orgUnitIds);
        siteIds = Set.copyOf(siteIds);
    }

    public boolean isEmpty() {
        return !wholeNetwork && orgUnitIds.isEmpty() && siteIds.isEmpty();
    }

    /** Whether a site placed under this region and sector (either may be null) is in the perimeter. */
    public boolean covers(long siteId, Long regionId, Long sectorId) {
        return wholeNetwork || siteIds.contains(siteId) || (regionId != null && orgUnitIds.contains(regionId))
                || (sectorId != null && orgUnitIds.contains(sectorId));
    }

    public boolean coversUnit(long orgUnitId) {
        return wholeNetwork || orgUnitIds.contains(orgUnitId);
    }
}
