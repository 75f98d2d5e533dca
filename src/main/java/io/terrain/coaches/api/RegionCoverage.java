package io.terrain.coaches.api;

import java.io.Serializable;

/** How many active sites of a region have a coach assigned on the day asked. */
public record RegionCoverage(Long regionId, String regionName, int sites, int coveredSites) implements Serializable {

    public int uncoveredSites() {
        return sites - coveredSites;
    }

    public double share() {
        return sites == 0 ? 0 : (double) coveredSites / sites;
    }
}
