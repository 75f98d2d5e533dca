package io.terrain.pilots.control;

/**
 * A site as matching sees it: its kind and segment, and per primary KPI its baseline level and
 * trend (second half of the baseline window minus the first half). NaN where it was not measured.
 */
public record Candidate(long siteId, String kind, String segment, double[] levels, double[] trends) {
}
