package io.terrain.pilots.api;

import io.terrain.indicators.api.ImpactResult;
import java.io.Serializable;
import java.util.List;

/** The impact engine's answer for each KPI of the pilot, baseline window against pilot window. */
public record PilotResults(List<KpiResult> kpis) implements Serializable {

    public record KpiResult(String kpiCode, boolean primary, ImpactResult balanced, ImpactResult allSites, List<SiteChange> sites)
            implements Serializable {
    }

    /** A site's mean over the baseline and over the pilot window; {@code group} PILOT or CONTROL; nulls where unmeasured. */
    public record SiteChange(long siteId, String siteName, String group, Double baseline, Double pilot, Double change)
            implements Serializable {
    }
}
