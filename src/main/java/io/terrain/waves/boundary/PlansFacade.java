package io.terrain.waves.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.network.api.ManagedPerimeter;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.pilots.api.PackageDraft;
import io.terrain.pilots.api.PackageSummary;
import io.terrain.pilots.api.Pilots;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.PlanChoice;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.api.PlanStatus;
import io.terrain.waves.api.PlanSummary;
import io.terrain.waves.api.RolloutFilter;
import io.terrain.waves.api.RolloutStatus;
import io.terrain.waves.api.WaveSummary;
import io.terrain.waves.api.Waves;
import io.terrain.waves.control.PlanRules;
import io.terrain.waves.control.Perimeter;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.entity.Plan;
import io.terrain.waves.entity.Rollout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rollout plans (their perimeter, package and KPIs): managers write, executives read, line managers read what reaches
 * their perimeter. Their waves are {@link PlanWavesFacade}'s.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
public class PlansFacade implements Waves {

    @Inject
    WaveStore store;

    @Inject
    Perimeter perimeter;

    @Inject
    Network network;

    @Inject
    Pilots pilots;

    @Inject
    Indicators indicators;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    RolloutScope scope;

    @Inject
    PlanWavesFacade planWaves;

    /** Every plan; a line manager's, those reaching their perimeter, counted over their sites only. */
    @Override
    public List<PlanSummary> plans() {
        Map<Long, PackageSummary> packages = packagesById();
        Optional<ManagedPerimeter> line = scope.linePerimeter();
        if (line.isPresent()) {
            return store.plans().stream().filter(scope::seesPlan).map(p -> summary(p, lineCounts(p, line.get()), packages)).toList();
        }
        Map<Long, long[]> counts = store.planCounts();
        return store.plans().stream().map(p -> summary(p, counts.get(p.getId()), packages)).toList();
    }

    @Override
    public List<PlanChoice> planChoices() {
        return store.plans().stream().filter(scope::seesPlan).map(p -> new PlanChoice(p.getId(), p.getName(), p.getStatus(), p.kpiList()))
                .toList();
    }

    public PlanSummary plan(long id) {
        Plan plan = scope.visiblePlan(id);
        Optional<ManagedPerimeter> line = scope.linePerimeter();
        return summary(plan, line.isPresent() ? lineCounts(plan, line.get()) : store.planCounts().get(id), packagesById());
    }

    /** [perimeter sites, sites in a wave, adopted sites, waves] over a line manager's sites: a few plans, three counts each. */
    private long[] lineCounts(Plan plan, ManagedPerimeter within) {
        RolloutFilter all = RolloutFilter.all();
        long sites = store.countRollouts(plan.getId(), all, within);
        long unplanned = store.countRollouts(plan.getId(), new RolloutFilter(null, true, null, null, null, null, null), within);
        long adopted = store.countRollouts(plan.getId(), new RolloutFilter(null, false, RolloutStatus.ADOPTED, null, null, null, null),
                within);
        return new long[] {sites, sites - unplanned, adopted, store.waves(plan.getId()).size()};
    }

    /** The package's KPI targets as the plan's KPIs, the first primary: what a new plan proposes. */
    public List<PlanDraft.PlanKpi> proposedKpis(long packageId) {
        PackageSummary pkg = packagesById().get(packageId);
        if (pkg == null) {
            return List.of();
        }
        List<PlanDraft.PlanKpi> kpis = new ArrayList<>();
        for (PackageDraft.KpiTarget target : pkg.kpis()) {
            kpis.add(new PlanDraft.PlanKpi(target.kpiCode(), kpis.isEmpty()));
        }
        return kpis;
    }

    /** Creates a DRAFT plan and lays out its perimeter: every site of it "not yet planned". */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PlanSummary create(PlanDraft draft) {
        PlanDraft complete = withProposedKpis(draft);
        List<Problem> problems = check(complete);
        if (complete.name() != null && store.planByName(complete.name().strip()).isPresent()) {
            problems.add(Problem.of("name", "waves.plan.name.taken", complete.name().strip()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Plan plan = new Plan(currentUser.username(), LocalDateTime.now().withNano(0));
        plan.apply(complete);
        store.add(plan);
        store.flush();
        var sites = perimeter.sites(plan.getOrgUnitIds(), plan.getSiteKind(), plan.getSegment());
        store.addRollouts(plan.getId(), sites);
        audit.record("RolloutPlan", plan.getId(), "CREATE", AuditDetail.of("audit.detail.planCreated", plan.getName(), sites.size()));
        return plan(plan.getId());
    }

    /**
     * Renames the plan, changes its KPIs or status; its package and perimeter only while DRAFT, and
     * never so that a site already in a wave leaves the perimeter.
     */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PlanSummary update(long id, long expectedVersion, PlanDraft draft, PlanStatus status) {
        Plan plan = scope.visiblePlan(id);
        if (plan.getVersion() != expectedVersion) {
            throw new EditConflict("RolloutPlan", id);
        }
        PlanDraft complete = withProposedKpis(draft);
        List<Problem> problems = check(complete);
        store.planByName(String.valueOf(complete.name()).strip()).filter(other -> !other.getId().equals(plan.getId()))
                .ifPresent(other -> problems.add(Problem.of("name", "waves.plan.name.taken", other.getName())));
        boolean perimeterChanged = complete.packageId() != null && (complete.packageId() != plan.getPackageId()
                || !new HashSet<>(complete.orgUnitIds() == null ? List.of() : complete.orgUnitIds()).equals(plan.getOrgUnitIds())
                || complete.siteKind() != plan.getSiteKind() || !String.valueOf(blankToNull(complete.segment()))
                .equals(String.valueOf(plan.getSegment())));
        if (perimeterChanged && plan.getStatus() != PlanStatus.DRAFT) {
            problems.add(Problem.of("orgUnitIds", "waves.plan.perimeter.fixed"));
        }
        if (status != null && !plan.getStatus().equals(status) && status.ordinal() < plan.getStatus().ordinal()) {
            problems.add(Problem.of("status", "waves.plan.status.backwards", plan.getStatus(), status));
        }
        if (plan.getStatus() == PlanStatus.CLOSED) {
            problems.add(Problem.of("status", "waves.plan.closed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        plan.apply(complete);
        if (status != null) {
            plan.setStatus(status);
        }
        if (perimeterChanged) {
            relayPerimeter(plan);
        }
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("RolloutPlan", id);
        }
        audit.record("RolloutPlan", id, "UPDATE", AuditDetail.of("audit.detail.nameStatus", plan.getName(), AuditDetail.term("waves.planStatus." + plan.getStatus())));
        return plan(id);
    }

    /** Adds the sites that entered the perimeter, removes those that left it; refused if one of them is in a wave. */
    private void relayPerimeter(Plan plan) {
        var sites = perimeter.sites(plan.getOrgUnitIds(), plan.getSiteKind(), plan.getSegment());
        Set<Long> wanted = sites.stream().map(s -> s.siteId()).collect(Collectors.toSet());
        Map<Long, Rollout> current = store.rolloutsBySite(plan.getId());
        List<Long> leaving = new ArrayList<>();
        List<String> planned = new ArrayList<>();
        for (Rollout r : current.values()) {
            if (!wanted.contains(r.getSiteId())) {
                leaving.add(r.getSiteId());
                if (r.getWaveId() != null) {
                    planned.add(r.getSiteCode());
                }
            }
        }
        if (!planned.isEmpty()) {
            throw new InvalidInput(Problem.of("orgUnitIds", "waves.plan.perimeter.plannedSitesLeave",
                    planned.size(), String.join(", ", planned.subList(0, Math.min(5, planned.size())))));
        }
        store.flush();
        store.removeRollouts(plan.getId(), leaving);
        store.addRollouts(plan.getId(), sites.stream().filter(s -> !current.containsKey(s.siteId())).toList());
    }

    @Override
    public List<WaveSummary> waves(long planId) {
        return planWaves.waves(planId);
    }


    private PlanDraft withProposedKpis(PlanDraft draft) {
        if (draft == null) {
            throw new InvalidInput(Problem.of(null, "field.required"));
        }
        if (draft.kpis() != null || draft.packageId() == null) {
            return draft;
        }
        return new PlanDraft(draft.name(), draft.packageId(), draft.orgUnitIds(), draft.siteKind(), draft.segment(),
                proposedKpis(draft.packageId()));
    }

    private List<Problem> check(PlanDraft draft) {
        Set<Long> published = packagesById().keySet();
        Set<Long> units = network.orgUnits().stream().map(OrgUnitSummary::id).collect(Collectors.toSet());
        Set<String> kpis = indicators.kpis().stream().map(KpiSummary::code).collect(Collectors.toSet());
        return new ArrayList<>(PlanRules.check(draft, published, units, kpis, Set.copyOf(network.segments())));
    }

    private Map<Long, PackageSummary> packagesById() {
        return pilots.publishedPackages().stream().collect(Collectors.toMap(PackageSummary::id, Function.identity()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private PlanSummary summary(Plan p, long[] counts, Map<Long, PackageSummary> packages) {
        long[] c = counts == null ? new long[4] : counts;
        PackageSummary pkg = packages.get(p.getPackageId());
        return new PlanSummary(p.getId(), p.getName(), p.getPackageId(), pkg == null ? "#" + p.getPackageId() : pkg.name(),
                pkg == null ? 0 : pkg.versionNo(), p.getOrgUnitIds().stream().sorted().toList(), p.getSiteKind(), p.getSegment(),
                p.getStatus(), p.kpiList(), c[0], c[1], c[2], (int) c[3], p.getCreatedAt(), p.getCreatedBy(),
                p.getVersion());
    }

}
