package io.terrain.pilots.api;

import io.terrain.indicators.api.ImpactResult;
import java.io.Serializable;
import java.util.List;

/** The impact engine's answer for each KPI of the pilot, baseline window against pilot window. */
public record PilotResults(List<KpiResult> kpis) implements Serializable {

    public record KpiResult(String kpiCode, boolean primary, ImpactResult balanced, ImpactResult allSites) implements Serializable {
    }
}
