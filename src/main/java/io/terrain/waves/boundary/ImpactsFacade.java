package io.terrain.waves.boundary;

import io.terrain.indicators.api.Comparison;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.StaggeredImpact;
import io.terrain.indicators.api.StaggeredQuery;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.control.StoredImpacts;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.entity.Plan;
import io.terrain.waves.entity.Rollout;
import io.terrain.waves.entity.Wave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The impact of a plan on its KPIs as the waves go: read from the stored results, computed (and
 * stored) by the indicators' engine when none is stored, i.e. after adoptions or measurements changed.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
public class ImpactsFacade {

    private static final Logger LOG = Logger.getLogger(ImpactsFacade.class.getName());

    @Inject
    WaveStore store;

    @Inject
    StoredImpacts stored;

    @Inject
    Indicators indicators;

    @Inject
    RolloutScope scope;

    @Inject
    Network network;

    /** The dimensions of heterogeneity on the impact tab; kinds by their enum name, for the screen to translate. */
    public static final String GROUP_SEGMENT = "segment";
    public static final String GROUP_KIND = "kind";
    public static final String GROUP_REGION = io.terrain.waves.api.RolloutProgress.IMPACT_BY_REGION;
    public static final String GROUP_WAVE = io.terrain.waves.api.RolloutProgress.IMPACT_BY_WAVE;

    /** Empty when nothing can be measured yet (no two periods measured, or no cohort with a period before adoption). */
    public Optional<StaggeredImpact> impact(long planId, String kpiCode, Comparison comparison) {
        Plan plan = scope.visiblePlan(planId);
        if (kpiCode == null || plan.kpiList().stream().map(PlanDraft.PlanKpi::kpiCode).noneMatch(kpiCode::equals)) {
            throw new InvalidInput(Problem.of("kpi", "waves.impact.kpi.notInPlan", String.valueOf(kpiCode),
                    String.join(", ", plan.kpiList().stream().map(PlanDraft.PlanKpi::kpiCode).toList())));
        }
        Comparison chosen = comparison == null ? Comparison.NOT_YET_ADOPTED : comparison;
        Optional<StaggeredImpact> known = stored.read(planId, kpiCode, chosen);
        if (known.isPresent()) {
            return known;
        }
        StaggeredImpact computed = compute(planId, kpiCode, chosen);
        if (computed != null) {
            stored.store(planId, kpiCode, chosen, computed);
        }
        return Optional.ofNullable(computed);
    }

    private StaggeredImpact compute(long planId, String kpiCode, Comparison comparison) {
        long start = System.nanoTime();
        StaggeredImpact impact = indicators.staggeredImpact(new StaggeredQuery(kpiCode, new HashSet<>(store.perimeterSiteIds(planId)),
                store.adoptionDates(planId), comparison, groups(planId)));
        LOG.info(() -> "Impact of plan " + planId + " on " + kpiCode + " (" + comparison + ") computed in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return impact;
    }

    /** Heterogeneity: each perimeter site's segment, kind, region and wave, the groups the effect is also measured in. */
    private Map<String, Map<Long, String>> groups(long planId) {
        Map<Long, String> regionNames = network.orgUnits().stream().collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
        Map<Long, String> segment = new HashMap<>();
        Map<Long, String> kind = new HashMap<>();
        Map<Long, String> region = new HashMap<>();
        Map<Long, String> waveCodes = store.waves(planId).stream().collect(Collectors.toMap(Wave::getId, Wave::getCode));
        Map<Long, String> wave = new HashMap<>();
        for (Rollout r : store.rolloutsBySite(planId).values()) {
            if (r.getWaveId() != null) {
                wave.put(r.getSiteId(), waveCodes.get(r.getWaveId()));
            }
            if (r.getSegment() != null) {
                segment.put(r.getSiteId(), r.getSegment());
            }
            if (r.getKind() != null) {
                kind.put(r.getSiteId(), r.getKind().name());
            }
            if (r.getRegionId() != null) {
                region.put(r.getSiteId(), regionNames.getOrDefault(r.getRegionId(), "#" + r.getRegionId()));
            }
        }
        return Map.of(GROUP_SEGMENT, segment, GROUP_KIND, kind, GROUP_REGION, region, GROUP_WAVE, wave);
    }

    /**
     * Forgets the stored results of these KPIs and computes again those of the plans' primary KPIs
     * against not-yet-adopted sites (what screens open on); the others are computed when first read.
     */
    public void refresh(List<String> kpiCodes) {
        for (long planId : stored.forgetKpis(kpiCodes)) {
            Plan plan = store.plan(planId).orElseThrow();
            for (PlanDraft.PlanKpi kpi : plan.kpiList()) {
                if (kpi.primary() && kpiCodes.contains(kpi.kpiCode())) {
                    impact(planId, kpi.kpiCode(), Comparison.NOT_YET_ADOPTED);
                }
            }
        }
    }
}
