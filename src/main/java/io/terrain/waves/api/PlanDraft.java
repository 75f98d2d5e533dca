package io.terrain.waves.api;

import io.terrain.network.api.SiteKind;
import java.io.Serializable;
import java.util.List;

/**
 * A plan as written: a published package version, a perimeter (org units — none means the whole
 * network — optionally narrowed to a site kind and a segment) and the KPIs it should move. When
 * {@code kpis} is null the package's KPI targets are proposed, the first one primary.
 */
public record PlanDraft(String name, Long packageId, List<Long> orgUnitIds, SiteKind siteKind, String segment,
                        List<PlanKpi> kpis) implements Serializable {

    /** A KPI of the plan; primary ones are the ones the wave gate and the dashboards lead with. */
    public record PlanKpi(String kpiCode, boolean primary) implements Serializable {
    }
}
