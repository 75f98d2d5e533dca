package io.terrain.waves.control;

import io.terrain.indicators.api.Comparison;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.StaggeredImpact;
import io.terrain.indicators.api.StaggeredQuery;
import io.terrain.network.api.SiteKind;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.entity.Plan;
import io.terrain.waves.entity.Rollout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benefit a site may expect from the package, for the proposal to send those first: the
 * package's effect on the plan's primary KPI measured so far in the waves, for the site's segment and
 * kind (heterogeneity: Callaway &amp; Sant'Anna on that group's sites), scaled 0–1000 with the
 * KPI's direction. Groups not measurable yet (fewer than {@value #MIN_ADOPTED} adopted sites) get
 * the middle value: the proposal then orders them by the other rules.
 */
@ApplicationScoped
public class ExpectedBenefit {

    public static final long UNKNOWN = 500;
    static final int MIN_ADOPTED = 5;
    /** Heterogeneity is computed for so many groups at most (each reads the KPI's panel). */
    static final int MAX_GROUPS = 12;

    @Inject
    WaveStore store;

    @Inject
    Indicators indicators;

    public static String key(String segment, SiteKind kind) {
        return (segment == null ? "" : segment) + "|" + (kind == null ? "" : kind.name());
    }

    public Map<String, Long> bySegmentAndKind(Plan plan) {
        String primary = plan.kpiList().stream().filter(PlanDraft.PlanKpi::primary).map(PlanDraft.PlanKpi::kpiCode).findFirst().orElse(null);
        Map<String, List<Rollout>> groups = new HashMap<>();
        for (Rollout r : store.rolloutsBySite(plan.getId()).values()) {
            groups.computeIfAbsent(key(r.getSegment(), r.getKind()), k -> new ArrayList<>()).add(r);
        }
        Map<String, Double> effects = new HashMap<>();
        if (primary != null) {
            groups.entrySet().stream()
                    .filter(e -> e.getValue().stream().filter(r -> r.getAdoptedOn() != null).count() >= MIN_ADOPTED)
                    .limit(MAX_GROUPS)
                    .forEach(e -> {
                        Set<Long> sites = new HashSet<>();
                        Map<Long, LocalDate> adopted = new HashMap<>();
                        e.getValue().forEach(r -> {
                            sites.add(r.getSiteId());
                            if (r.getAdoptedOn() != null) {
                                adopted.put(r.getSiteId(), r.getAdoptedOn());
                            }
                        });
                        StaggeredImpact impact = indicators.staggeredImpact(new StaggeredQuery(primary, sites, adopted,
                                Comparison.NOT_YET_ADOPTED));
                        if (impact != null) {
                            effects.put(e.getKey(), impact.overall().att() * impact.direction().sign());
                        }
                    });
        }
        return scale(effects);
    }

    /** Improvements mapped on 0–1000, the best group 1000, no improvement 0; unknown groups stay in the middle. */
    static Map<String, Long> scale(Map<String, Double> improvements) {
        Map<String, Long> scaled = new HashMap<>();
        double best = improvements.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        improvements.forEach((group, value) -> scaled.put(group, best <= 0 ? 0 : Math.max(0, Math.round(1000 * value / best))));
        return scaled;
    }
}
