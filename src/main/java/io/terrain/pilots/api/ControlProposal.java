package io.terrain.pilots.api;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Proposed control sites (pilot site id → its controls), the balance of pilot against control sites
 * on each primary KPI's baseline level and trend, and warnings (too few sites, poor balance, sites
 * already in another pilot, pilot sites without a match).
 */
public record ControlProposal(Map<Long, List<Long>> controls, List<Balance> balance, List<String> warnings) implements Serializable {

    /** Means of each group and the standardised difference (under 0.1 balanced, over 0.25 poor). */
    public record Balance(String kpiCode, String measure, double pilotMean, double controlMean, double standardisedDifference)
            implements Serializable {
    }
}
