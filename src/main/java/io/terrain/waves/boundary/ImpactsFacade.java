package io.terrain.waves.boundary;

import io.terrain.indicators.api.Comparison;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.StaggeredImpact;
import io.terrain.indicators.api.StaggeredQuery;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.control.StoredImpacts;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.entity.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The impact of a plan on its KPIs as the waves go: read from the stored results, computed (and
 * stored) by the indicators' engine when none is stored, i.e. after adoptions or measurements changed.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
public class ImpactsFacade {

    private static final Logger LOG = Logger.getLogger(ImpactsFacade.class.getName());

    @Inject
    WaveStore store;

    @Inject
    StoredImpacts stored;

    @Inject
    Indicators indicators;

    /** Empty when nothing can be measured yet (no two periods measured, or no cohort with a period before adoption). */
    public Optional<StaggeredImpact> impact(long planId, String kpiCode, Comparison comparison) {
        Plan plan = store.plan(planId).orElseThrow(() -> new NotFound("RolloutPlan", planId));
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
                store.adoptionDates(planId), comparison));
        LOG.info(() -> "Impact of plan " + planId + " on " + kpiCode + " (" + comparison + ") computed in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return impact;
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
