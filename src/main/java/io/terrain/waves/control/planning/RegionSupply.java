package io.terrain.waves.control.planning;

/**
 * Coach time a region can give each wave, in tenths of a day per week: the capacity of the active
 * coaches whose home region it is, less the visits they already have planned. Coaches work in their
 * home region, so a site is supported from its own region's supply. {@code tenthsPerSite}: what one
 * site asks while its wave runs.
 */
public record RegionSupply(long regionId, String name, long tenthsPerWeek, long tenthsPerSite) {

    /** Coach time this many sites of the region ask of it during their wave, tenths of a day per week. */
    public long demand(long sites) {
        return sites * tenthsPerSite;
    }
}
