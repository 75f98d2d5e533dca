package io.terrain.pilots.api;

import io.terrain.indicators.api.ImpactResult;
import java.io.Serializable;
import java.util.List;

/**
 * Before launch, per KPI: the minimum detectable effect of the chosen sites and windows (from the
 * per-site changes seen between two earlier windows of the same lengths) against the target, and
 * a placebo: the same measurement on those two earlier windows, which should find nothing.
 */
public record DesignCheck(List<KpiCheck> kpis) implements Serializable {

    /** {@code minimumDetectableEffect} and {@code placebo} are null when the earlier windows hold too few measured sites. */
    public record KpiCheck(String kpiCode, boolean primary, Double targetEffect, Double minimumDetectableEffect,
                           boolean targetDetectable, ImpactResult placebo) implements Serializable {
    }
}
