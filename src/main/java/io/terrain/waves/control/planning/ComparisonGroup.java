package io.terrain.waves.control.planning;

/**
 * A region and segment, with how many of its sites must stay not yet adopted (in the last wave or
 * in none) so that the earlier waves can be measured against them.
 */
public record ComparisonGroup(long regionId, String segment, int sites, int keep) {
}
