package io.terrain.pilots.boundary;

import io.terrain.indicators.api.ImpactQuery;
import io.terrain.indicators.api.ImpactResult;
import io.terrain.indicators.api.Indicators;
import io.terrain.network.api.Network;
import io.terrain.pilots.api.PilotDraft;
import io.terrain.pilots.api.PilotResults;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.entity.Pilot;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** A pilot measured by the indicators' impact engine: each KPI, baseline against pilot window, and each site's change. */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
public class PilotResultsFacade {

    @Inject
    Network network;

    @Inject
    Indicators indicators;

    @Inject
    PilotEdits edits;

    /** Each KPI measured by the impact engine, baseline against pilot window, on the balanced panel and on all sites. */
    public PilotResults results(long id) {
        PilotSummary p = edits.find(id).summary();
        List<PilotResults.KpiResult> results = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        List<Long> all = new ArrayList<>(p.pilotSiteIds());
        all.addAll(p.controlSiteIds());
        network.sitesByIds(all).forEach(s -> names.put(s.id(), s.name()));
        for (PilotDraft.PilotKpi k : p.kpis()) {
            results.add(new PilotResults.KpiResult(k.kpiCode(), k.primary(), impact(p, k.kpiCode(), true), impact(p, k.kpiCode(), false),
                    siteChanges(p, k.kpiCode(), names)));
        }
        return new PilotResults(results);
    }

    /** Each site's mean over the baseline and over the pilot window: the detail behind the lift. */
    private List<PilotResults.SiteChange> siteChanges(PilotSummary p, String kpi, Map<Long, String> names) {
        List<Long> all = new ArrayList<>(p.pilotSiteIds());
        all.addAll(p.controlSiteIds());
        Map<Long, Double> before = indicators.siteValues(kpi, all, p.baselineFrom(), p.baselineTo());
        Map<Long, Double> during = indicators.siteValues(kpi, all, p.pilotFrom(), p.pilotTo());
        List<PilotResults.SiteChange> changes = new ArrayList<>();
        for (Long site : all) {
            Double b = before.get(site);
            Double d = during.get(site);
            changes.add(new PilotResults.SiteChange(site, names.getOrDefault(site, "#" + site),
                    p.pilotSiteIds().contains(site) ? Pilot.PILOT : Pilot.CONTROL, b, d, b == null || d == null ? null : d - b));
        }
        return changes;
    }

    private ImpactResult impact(PilotSummary p, String kpi, boolean balanced) {
        return indicators.impact(new ImpactQuery(kpi, new HashSet<>(p.pilotSiteIds()), new HashSet<>(p.controlSiteIds()),
                p.baselineFrom(), p.baselineTo(), p.pilotFrom(), p.pilotTo(), balanced));
    }
}
