package io.terrain.indicators.api;

import java.io.Serializable;
import java.util.List;

/**
 * Difference-in-differences: the treated group's change minus the control group's, its standard
 * error (the two groups as independent samples), Welch's degrees of freedom, the 95% interval,
 * the two-sided p-value, the lift relative to the treated baseline, and the verdict.
 */
public record ImpactResult(String kpiCode, Direction direction, boolean balancedPanel,
                           GroupImpact treated, GroupImpact control,
                           double difference, double standardError, double degreesOfFreedom,
                           double ciLow, double ciHigh, double pValue, double relativeLift,
                           Verdict verdict, List<ExcludedSite> excluded) implements Serializable {

    public ImpactResult {
        excluded = List.copyOf(excluded);
    }
}
