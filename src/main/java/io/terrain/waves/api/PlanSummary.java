package io.terrain.waves.api;

import io.terrain.network.api.SiteKind;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A plan with its counts: perimeter sites, sites in a wave, sites adopted, waves. */
public record PlanSummary(long id, String name, long packageId, String packageName, int packageVersionNo, List<Long> orgUnitIds,
                          SiteKind siteKind, String segment, PlanStatus status, List<PlanDraft.PlanKpi> kpis,
                          long perimeterSites, long plannedSites, long adoptedSites, int waves, LocalDateTime createdAt,
                          String createdBy, long version) implements Serializable {

    public PlanSummary {
        orgUnitIds = List.copyOf(orgUnitIds);
        kpis = List.copyOf(kpis);
    }

    /** Share of the perimeter adopted, 0–1. */
    public double adoptionRate() {
        return perimeterSites == 0 ? 0 : adoptedSites / (double) perimeterSites;
    }
}
