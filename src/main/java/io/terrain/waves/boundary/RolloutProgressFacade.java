package io.terrain.waves.boundary;

import io.terrain.indicators.api.Comparison;
import io.terrain.indicators.api.StaggeredImpact;
import io.terrain.network.api.ManagedPerimeter;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.CoachWeek;
import io.terrain.waves.api.DueItem;
import io.terrain.waves.api.PullRequestDated;
import io.terrain.waves.api.RolloutOverview;
import io.terrain.waves.api.RolloutOverview.PartProgress;
import io.terrain.waves.api.RolloutOverview.SiteState;
import io.terrain.waves.api.RolloutOverview.StatusCounts;
import io.terrain.waves.api.RolloutOverview.WaveProgress;
import io.terrain.waves.api.RolloutPlace;
import io.terrain.waves.api.RolloutProgress;
import io.terrain.waves.api.RolloutStatus;
import io.terrain.waves.api.UnitEngagement;
import io.terrain.waves.control.AdoptionCurve;
import io.terrain.waves.control.ChecklistStore;
import io.terrain.waves.control.EngagementStore;
import io.terrain.waves.control.PullRequests;
import io.terrain.waves.control.ProgressStore;
import io.terrain.waves.control.StoredImpacts;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.entity.ChecklistItem;
import io.terrain.waves.entity.Plan;
import io.terrain.waves.entity.PullRequest;
import io.terrain.waves.entity.Rollout;
import io.terrain.waves.entity.Wave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rollout's figures for the dashboards, in the caller's scope (a line manager's sites only; elsewhere 404). */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
public class RolloutProgressFacade implements RolloutProgress {

    /** A sector's sites are listed one by one; a sector holds tens, this is a guard, not a page size. */
    static final int SITES_LISTED = 2000;

    @Inject
    WaveStore store;

    @Inject
    ProgressStore progress;

    @Inject
    StoredImpacts stored;

    @Inject
    RolloutScope scope;

    @Inject
    ChecklistStore checklists;

    @Inject
    EngagementFacade engagement;

    @Inject
    EngagementStore requests;

    @Inject
    PlanWavesFacade planWaves;

    @Inject
    ImpactRefresh refresh;

    @Override
    public RolloutOverview overview(long planId, RolloutPlace place, LocalDate today) {
        scope.visiblePlan(planId);
        ManagedPerimeter within = scope.linePerimeter().orElse(null);
        checkPlace(planId, place, within);
        boolean splitInUnits = place.sectorId() == null && place.siteId() == null;
        ProgressStore.Part part = !splitInUnits ? null : place.regionId() != null ? ProgressStore.Part.SECTOR : ProgressStore.Part.REGION;
        List<ProgressStore.Group> groups = progress.groups(planId, place, within, part, today);
        StatusCounts total = StatusCounts.NONE;
        Map<Long, StatusCounts> byWave = new HashMap<>();
        Map<Long, StatusCounts> byUnit = new LinkedHashMap<>();
        for (ProgressStore.Group g : groups) {
            StatusCounts counts = ProgressStore.counts(g.waveId() == null, g.status(), g.sites());
            total = total.plus(counts);
            if (g.waveId() != null) {
                byWave.merge(g.waveId(), counts, StatusCounts::plus);
            }
            if (g.partId() != null) {
                byUnit.merge(g.partId(), counts, StatusCounts::plus);
            }
        }
        Map<Long, long[]> checklists = ProgressStore.checklistsByWave(groups);
        boolean allWaves = within == null && place.equals(RolloutPlace.EVERYWHERE);
        List<WaveProgress> waves = new ArrayList<>();
        Map<LocalDate, Long> byGoLive = new HashMap<>();
        List<Long> started = new ArrayList<>();
        for (Wave w : store.waves(planId)) {
            StatusCounts counts = byWave.get(w.getId());
            if (!w.getGoLive().isAfter(today) || (w.getPreparationStart() != null && !w.getPreparationStart().isAfter(today))) {
                started.add(w.getId());
            }
            if (counts != null) {
                byGoLive.merge(w.getGoLive(), counts.total(), Long::sum);
            }
            if (counts == null && !allWaves) {
                continue;
            }
            long[] items = checklists.getOrDefault(w.getId(), new long[3]);
            waves.add(new WaveProgress(w.getId(), w.getCode(), w.getName(), w.getGoLive(), w.getStatus(),
                    counts == null ? StatusCounts.NONE : counts, items[0], items[1], items[2]));
        }
        List<PartProgress> parts = splitInUnits ? byUnit.entrySet().stream().map(e -> new PartProgress(e.getKey(), null, e.getValue())).toList()
                : progress.sites(planId, place, within, SITES_LISTED).stream()
                        .map(s -> new PartProgress(s.siteId(), s.siteCode(), ProgressStore.counts(s.waveId() == null, s.status(), 1))).toList();
        List<SiteState> watched = progress.watched(planId, place, within, started);
        List<SiteState> blocked = watched.stream().filter(s -> s.status() == RolloutStatus.BLOCKED)
                .sorted(Comparator.comparing(SiteState::blockedSince, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SiteState::siteCode)).limit(ProgressStore.BLOCKED_LISTED).toList();
        List<SiteState> active = watched.stream().filter(s -> s.status() != RolloutStatus.BLOCKED).toList();
        return new RolloutOverview(planId, place, total, AdoptionCurve.monthly(byGoLive, progress.byAdoption(planId, place, within), today),
                waves, parts, blocked, active);
    }

    /** A line manager reads only their units and sites: another place answers 404 as another plan does. */
    private void checkPlace(long planId, RolloutPlace place, ManagedPerimeter within) {
        if (place.siteId() != null) {
            store.rollout(planId, place.siteId()).filter(scope::sees).orElseThrow(() -> new NotFound("SiteRollout", place.siteId()));
            return;
        }
        if (within == null) {
            return;
        }
        Long unit = place.regionId() != null ? place.regionId() : place.sectorId();
        if (unit != null && !within.coversUnit(unit)) {
            throw new NotFound("OrgUnit", unit);
        }
    }

    @Override
    public Optional<StaggeredImpact> storedImpact(long planId, String kpiCode) {
        scope.visiblePlan(planId);
        Optional<StaggeredImpact> known = stored.read(planId, kpiCode, Comparison.NOT_YET_ADOPTED);
        if (known.isEmpty()) {
            // Forgotten since adoptions changed: computed in the background, read by the dashboard's next count.
            refresh.computeLater(planId, kpiCode);
        }
        return known;
    }

    @Override
    public List<UnitEngagement> engagement(long planId) {
        return engagement.units(planId);
    }

    /** Read from the requests alone: what each covers (the plan's 20,000 rollouts) is the engagement tab's business. */
    @Override
    public List<PullRequestDated> pullRequests(long planId) {
        scope.visiblePlan(planId);
        Optional<ManagedPerimeter> line = scope.linePerimeter();
        return requests.pullRequests(planId).stream().filter(r -> line.map(p -> visible(r, planId, p)).orElse(true))
                .map(r -> new PullRequestDated(r.getOrgUnitId(), r.getSiteId(), r.getRequestedOn(), r.getStatus())).toList();
    }

    private boolean visible(PullRequest request, long planId, ManagedPerimeter perimeter) {
        Map<Long, Rollout> site = new HashMap<>();
        if (request.getSiteId() != null) {
            store.rollout(planId, request.getSiteId()).ifPresent(r -> site.put(r.getSiteId(), r));
        }
        return PullRequests.within(request, perimeter, site);
    }

    @Override
    public List<DueItem> dueItems(long siteId, LocalDate until) {
        List<DueItem> due = new ArrayList<>();
        for (Rollout rollout : store.rolloutsOfSite(siteId)) {
            if (!scope.sees(rollout)) {
                continue;
            }
            String planName = store.plan(rollout.getPlanId()).map(Plan::getName).orElse("#" + rollout.getPlanId());
            for (ChecklistItem item : checklists.checklist(rollout.getId())) {
                if (item.getStatus().open() && !item.getDueOn().isAfter(until)) {
                    due.add(new DueItem(rollout.getPlanId(), planName, item.getId(), item.getPosition(), item.getDescription(),
                            item.getOwnerRole(), item.getDueOn(), item.getStatus()));
                }
            }
        }
        due.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::position));
        return due;
    }

    /** The whole plan's load: a line manager, who sees part of the plan, gets none. */
    @Override
    public List<CoachWeek> coachLoad(long planId) {
        return scope.seesWholeNetwork() ? planWaves.coachLoad(planId) : List.of();
    }
}
