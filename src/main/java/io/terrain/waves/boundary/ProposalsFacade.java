package io.terrain.waves.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.coaches.api.CoachStatus;
import io.terrain.coaches.api.CoachSummary;
import io.terrain.coaches.api.Coaches;
import io.terrain.coaches.api.WeekLoad;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.PlanStatus;
import io.terrain.waves.api.ProposalOverride;
import io.terrain.waves.api.ProposalRequest;
import io.terrain.waves.api.ProposalSummary;
import io.terrain.waves.api.RolloutStatus;
import io.terrain.waves.api.WaveDraft;
import io.terrain.waves.api.WaveStatus;
import io.terrain.waves.control.EngagementStore;
import io.terrain.waves.control.ExpectedBenefit;
import io.terrain.waves.control.Readiness;
import io.terrain.waves.control.WavePlacement;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.control.planning.ProposalProblem;
import io.terrain.waves.control.planning.SiteSlot;
import io.terrain.waves.control.planning.WaveProposal;
import io.terrain.waves.control.planning.WaveSlot;
import io.terrain.waves.entity.Plan;
import io.terrain.waves.entity.Rollout;
import io.terrain.waves.entity.Wave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Wave proposals: the plan read into a planning problem and handed to the engine (ProposalJobs runs
 * it in the background), then — once the manager accepts it, with their edits — the new waves made,
 * the regions' coaches given to the waves their sites are in, and the sites moved with their
 * checklists. Nothing is written to the plan before that.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
public class ProposalsFacade {

    @Inject
    WaveStore store;

    @Inject
    ProposalJobs jobs;

    @Inject
    Coaches coaches;

    @Inject
    Network network;

    @Inject
    WavePlacement placement;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    ExpectedBenefit benefits;

    @Inject
    EngagementStore engagement;

    public ProposalSummary start(long planId, ProposalRequest request) {
        Plan plan = store.plan(planId).orElseThrow(() -> new NotFound("RolloutPlan", planId));
        ProposalRequest r = request == null ? new ProposalRequest(null, null, null, null, null, null) : request;
        List<Problem> problems = new ArrayList<>(ProposalProblem.check(r));
        if (plan.getStatus() == PlanStatus.CLOSED) {
            problems.add(Problem.of("status", "waves.plan.closed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<Wave> waves = store.waves(planId);
        List<ProposalProblem.OpenWave> open = waves.stream().filter(w -> w.getStatus() == WaveStatus.PLANNED
                || w.getStatus() == WaveStatus.PREPARING).map(w -> new ProposalProblem.OpenWave(w.getId(), w.getCode(), w.getGoLive())).toList();
        Set<Long> openIds = open.stream().map(ProposalProblem.OpenWave::id).collect(Collectors.toSet());
        List<WaveSlot> slots = ProposalProblem.slots(r, open, waves.stream().map(Wave::getCode).collect(Collectors.toSet()), LocalDate.now());
        Map<String, Long> benefit = benefits.bySegmentAndKind(plan);
        Readiness readiness = new Readiness(engagement.current(planId), engagement.blocks(planId));
        List<ProposalProblem.Candidate> candidates = new ArrayList<>();
        for (Rollout rollout : store.rolloutsBySite(planId).values()) {
            boolean movable = rollout.getStatus() == RolloutStatus.NOT_STARTED
                    && (rollout.getWaveId() == null || openIds.contains(rollout.getWaveId()));
            if (movable) {
                candidates.add(new ProposalProblem.Candidate(rollout.getSiteId(), rollout.getSiteCode(), rollout.getRegionId(),
                        rollout.getSegment(), benefit.getOrDefault(ExpectedBenefit.key(rollout.getSegment(), rollout.getKind()),
                        ExpectedBenefit.UNKNOWN), readiness.firstReadyWave(rollout.getRegionId(), rollout.getSectorId()),
                        readiness.blocked(rollout.getRegionId(), rollout.getSectorId()), rollout.isPinned(), rollout.getWaveId()));
            }
        }
        LocalDate from = slots.get(0).goLive();
        LocalDate to = slots.get(slots.size() - 1).goLive().plusWeeks(r.cadenceWeeks() == null ? ProposalProblem.DEFAULT_CADENCE_WEEKS
                : r.cadenceWeeks());
        WaveProposal problem = ProposalProblem.problem(r, slots, candidates, supplies(from, to));
        int seconds = r.timeLimitSeconds() == null ? ProposalProblem.DEFAULT_SECONDS : r.timeLimitSeconds();
        audit.record("RolloutPlan", planId, "PROPOSAL", AuditDetail.of("audit.detail.proposal", candidates.size(), slots.size(), seconds));
        return jobs.start(planId, plan.getVersion(), problem, seconds, r);
    }

    /** Each region's coach time per week: its active coaches' capacity less their visits already planned. */
    private List<ProposalProblem.Supply> supplies(LocalDate from, LocalDate to) {
        Map<Long, String> names = network.orgUnits().stream().collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
        Map<Long, Double> plannedPerWeek = new HashMap<>();
        Map<Long, Integer> weeks = new HashMap<>();
        for (WeekLoad load : coaches.workload(null, from, to)) {
            plannedPerWeek.merge(load.coachId(), (double) load.visitDays(), Double::sum);
            weeks.merge(load.coachId(), 1, Integer::sum);
        }
        Map<Long, Double> byRegion = new HashMap<>();
        for (CoachSummary coach : coaches.coaches()) {
            if (coach.status() != CoachStatus.ACTIVE || coach.homeRegionId() == null) {
                continue;
            }
            double planned = plannedPerWeek.getOrDefault(coach.id(), 0.0) / Math.max(1, weeks.getOrDefault(coach.id(), 1));
            byRegion.merge(coach.homeRegionId(), Math.max(0, coach.capacityDays().doubleValue() - planned), Double::sum);
        }
        List<ProposalProblem.Supply> supplies = new ArrayList<>();
        byRegion.forEach((region, days) -> supplies.add(new ProposalProblem.Supply(region, names.getOrDefault(region, "#" + region), days)));
        names.forEach((id, name) -> {
            if (!byRegion.containsKey(id)) {
                supplies.add(new ProposalProblem.Supply(id, name, 0));
            }
        });
        return supplies;
    }

    /**
     * The manager's edit of a proposal as overrides: every perimeter site of this org unit (as its region or sector) in
     * that wave of the proposal ({@code waveIndex} null: in none).
     */
    public List<ProposalOverride> unitOverrides(long planId, long orgUnitId, Integer waveIndex) {
        store.plan(planId).orElseThrow(() -> new NotFound("RolloutPlan", planId));
        return store.rolloutsBySite(planId).values().stream()
                .filter(r -> Long.valueOf(orgUnitId).equals(r.getRegionId()) || Long.valueOf(orgUnitId).equals(r.getSectorId()))
                .map(r -> new ProposalOverride(r.getSiteId(), waveIndex)).toList();
    }

    /**
     * Writes an accepted proposal: new waves (named after their code) with the coaches of the regions
     * whose sites they hold, days shared by each region's load; sites moved with their checklists.
     * Refused if the plan changed since the proposal was asked for.
     */
    public ProposalSummary accept(long planId, String jobId, List<ProposalOverride> overrides) {
        ProposalJobs.Job job = jobs.job(planId, jobId);
        Plan plan = store.lockedPlan(planId).orElseThrow(() -> new NotFound("RolloutPlan", planId));
        if (plan.getVersion() != job.planVersion()) {
            throw new EditConflict("RolloutPlan", planId);
        }
        WaveProposal solution = jobs.acceptable(job);
        List<WaveSlot> slots = solution.getWaves();
        Map<Long, Integer> waveOfSite = new HashMap<>();
        solution.getSites().forEach(s -> waveOfSite.put(s.getSiteId(), s.getWave() == null ? null : s.getWave().index()));
        List<Problem> problems = new ArrayList<>();
        for (ProposalOverride o : overrides == null ? List.<ProposalOverride>of() : overrides) {
            if (!waveOfSite.containsKey(o.siteId())) {
                problems.add(Problem.of("overrides", "waves.proposal.override.site", o.siteId()));
            } else if (o.waveIndex() != null && (o.waveIndex() < 0 || o.waveIndex() >= slots.size())) {
                problems.add(Problem.of("overrides", "waves.proposal.override.wave", o.waveIndex()));
            } else {
                waveOfSite.put(o.siteId(), o.waveIndex());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Map<Integer, Wave> waveOfSlot = new HashMap<>();
        Map<Long, Wave> wavesById = new HashMap<>();
        store.waves(planId).forEach(w -> wavesById.put(w.getId(), w));
        for (WaveSlot slot : slots) {
            Wave wave = slot.waveId() != null ? wavesById.get(slot.waveId()) : null;
            if (wave == null) {
                wave = new Wave(planId, slot.code());
                wave.schedule(slot.goLive());
                store.add(wave);
            }
            waveOfSlot.put(slot.index(), wave);
        }
        store.flush();
        waveOfSlot.values().forEach(w -> wavesById.put(w.getId(), w));
        Map<Long, Rollout> rollouts = store.rolloutsBySite(planId);
        List<WavePlacement.Move> moves = new ArrayList<>();
        Map<Integer, Map<Long, Integer>> sitesPerSlotAndRegion = new HashMap<>();
        for (SiteSlot site : solution.getSites()) {
            Integer slot = waveOfSite.get(site.getSiteId());
            Rollout rollout = rollouts.get(site.getSiteId());
            if (rollout == null || rollout.getStatus() != RolloutStatus.NOT_STARTED) {
                continue; // started meanwhile: it stays where it is
            }
            moves.add(new WavePlacement.Move(rollout, slot == null ? null : waveOfSlot.get(slot).getId(), rollout.isPinned(), null));
            if (slot != null) {
                sitesPerSlotAndRegion.computeIfAbsent(slot, s -> new HashMap<>()).merge(site.getRegionId(), 1, Integer::sum);
            }
        }
        placement.apply(moves, wavesById, placement.steps(plan.getPackageId()), currentUser.username());
        // The placement let go of the entities it read: the waves are read again before their coaches change.
        Map<Integer, Wave> managed = new HashMap<>();
        waveOfSlot.forEach((slot, wave) -> managed.put(slot, store.wave(wave.getId()).orElseThrow()));
        assignCoaches(managed, sitesPerSlotAndRegion, solution);
        store.flush();
        audit.record("RolloutPlan", planId, "ACCEPT PROPOSAL", overrides == null || overrides.isEmpty()
                ? AuditDetail.of("audit.detail.proposalAccepted", moves.size(), slots.size())
                : AuditDetail.of("audit.detail.proposalAcceptedEdited", moves.size(), slots.size(), overrides.size()));
        return jobs.accepted(job);
    }

    /** Each wave gets its regions' active coaches, each giving days in proportion to their region's load in it. */
    private void assignCoaches(Map<Integer, Wave> waveOfSlot, Map<Integer, Map<Long, Integer>> sites, WaveProposal solution) {
        long tenthsPerSite = solution.getSupplies().isEmpty() ? 0 : solution.getSupplies().get(0).tenthsPerSite();
        Map<Long, List<CoachSummary>> coachesByRegion = coaches.coaches().stream()
                .filter(c -> c.status() == CoachStatus.ACTIVE && c.homeRegionId() != null)
                .collect(Collectors.groupingBy(CoachSummary::homeRegionId));
        waveOfSlot.forEach((slot, wave) -> {
            List<WaveDraft.WaveCoach> assigned = new ArrayList<>(wave.coachList());
            Set<Long> already = assigned.stream().map(WaveDraft.WaveCoach::coachId).collect(Collectors.toCollection(HashSet::new));
            sites.getOrDefault(slot, Map.of()).forEach((region, count) -> {
                List<CoachSummary> regionCoaches = coachesByRegion.getOrDefault(region, List.of());
                if (regionCoaches.isEmpty()) {
                    return;
                }
                double need = count * tenthsPerSite / 10.0;
                double perCoach = Math.min(5, Math.max(0.5, need / regionCoaches.size()));
                for (CoachSummary coach : regionCoaches) {
                    if (already.add(coach.id())) {
                        assigned.add(new WaveDraft.WaveCoach(coach.id(), BigDecimal.valueOf(perCoach).setScale(1, RoundingMode.HALF_UP)));
                    }
                }
            });
            wave.apply(new WaveDraft(wave.getCode(), wave.getName(), wave.getPreparationStart(), wave.getGoLive(), wave.getStatus(),
                    assigned));
        });
    }
}
