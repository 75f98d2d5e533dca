package io.terrain.waves.boundary;

import io.terrain.platform.api.AuditDetail;
import io.terrain.network.api.ManagedPerimeter;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.PlanStatus;
import io.terrain.waves.api.PullRequestDecision;
import io.terrain.waves.api.PullRequestDraft;
import io.terrain.waves.api.PullRequestStatus;
import io.terrain.waves.api.PullRequestSummary;
import io.terrain.waves.api.RolloutStatus;
import io.terrain.waves.api.WaveStatus;
import io.terrain.waves.control.EngagementStore;
import io.terrain.waves.control.PullRequests;
import io.terrain.waves.control.WavePlacement;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.entity.Plan;
import io.terrain.waves.entity.PullRequest;
import io.terrain.waves.entity.Rollout;
import io.terrain.waves.entity.Wave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Line managers asking for their perimeter to go earlier, and the program manager's answer: accepted, the
 * perimeter's sites not started yet move to an earlier wave whose coaches can take them; declined, with a reason.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
public class PullRequestsFacade {

    static final int TEXT_MAX = 1000;

    @Inject
    WaveStore store;

    @Inject
    EngagementStore requests;

    @Inject
    WavePlacement placement;

    @Inject
    Network network;

    @Inject
    RolloutScope scope;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    /** The plan's requests, newest first; a line manager's, those about their perimeter. */
    public List<PullRequestSummary> list(long planId) {
        scope.visiblePlan(planId);
        Optional<ManagedPerimeter> line = scope.linePerimeter();
        Map<Long, Rollout> bySite = store.rolloutsBySite(planId);
        List<Rollout> rollouts = List.copyOf(bySite.values());
        Map<Long, Wave> waves = wavesById(planId);
        List<PullRequest> visible = requests.pullRequests(planId).stream()
                .filter(r -> line.map(p -> PullRequests.within(r, p, bySite)).orElse(true)).toList();
        Names names = names(visible);
        return visible.stream().map(r -> summary(r, rollouts, waves, names)).toList();
    }

    /** The sites of the plan a line manager answers for one by one (a store manager's store): what they may ask for. */
    public List<SiteSummary> ownSites(long planId) {
        scope.visiblePlan(planId);
        Optional<ManagedPerimeter> line = scope.linePerimeter();
        if (line.isEmpty() || line.get().siteIds().isEmpty()) {
            return List.of();
        }
        Map<Long, Rollout> bySite = store.rolloutsBySite(planId);
        return network.sitesByIds(line.get().siteIds().stream().filter(bySite::containsKey).toList());
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.LINE_MANAGER})
    public PullRequestSummary request(long planId, PullRequestDraft draft) {
        Plan plan = scope.visiblePlan(planId);
        List<Problem> problems = new ArrayList<>();
        if (plan.getStatus() == PlanStatus.CLOSED) {
            problems.add(Problem.of(null, "waves.plan.closed"));
        }
        if ((draft.orgUnitId() == null) == (draft.siteId() == null)) {
            problems.add(Problem.of("orgUnitId", "waves.pull.unitOrSite"));
        }
        if (draft.wishedGoLive() == null) {
            problems.add(Problem.of("wishedGoLive", "field.required"));
        } else if (draft.wishedGoLive().isBefore(LocalDate.now())) {
            problems.add(Problem.of("wishedGoLive", "waves.pull.past"));
        }
        if (draft.reason() == null || draft.reason().isBlank()) {
            problems.add(Problem.of("reason", "field.required"));
        } else if (draft.reason().strip().length() > TEXT_MAX) {
            problems.add(Problem.of("reason", "field.tooLong", TEXT_MAX));
        }
        InvalidInput.ifAny(problems);
        PullRequest asked = new PullRequest(planId, draft.orgUnitId(), draft.siteId(), draft.wishedGoLive(), draft.reason().strip(),
                currentUser.username(), LocalDate.now());
        Optional<ManagedPerimeter> line = scope.linePerimeter();
        Map<Long, Rollout> bySite = store.rolloutsBySite(planId);
        if (line.isPresent() && !PullRequests.within(asked, line.get(), bySite)) {
            InvalidInput.ifAny(List.of(Problem.of(draft.orgUnitId() != null ? "orgUnitId" : "siteId", "waves.pull.notYours")));
        }
        List<Rollout> covered = PullRequests.covered(asked, bySite.values());
        if (covered.isEmpty()) {
            InvalidInput.ifAny(List.of(Problem.of(draft.orgUnitId() != null ? "orgUnitId" : "siteId", "waves.pull.notInPlan")));
        }
        requests.add(asked);
        requests.flush();
        audit.record("RolloutPlan", planId, "PULL REQUEST", AuditDetail.of("audit.detail.pullRequest", plan.getName(), covered.size(),
                draft.wishedGoLive()));
        return find(planId, asked.getId());
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public PullRequestSummary decide(long planId, long requestId, long expectedVersion, PullRequestDecision decision) {
        // Schedule changes of a plan are taken one at a time (the placement writes in bulk).
        Plan plan = store.lockedPlan(planId).filter(scope::seesPlan).orElseThrow(() -> new NotFound("RolloutPlan", planId));
        PullRequest asked = requests.pullRequest(requestId).filter(r -> r.getPlanId() == planId)
                .orElseThrow(() -> new NotFound("PullRequest", requestId));
        if (asked.getVersion() != expectedVersion) {
            throw new EditConflict("PullRequest", requestId);
        }
        if (asked.getStatus() != PullRequestStatus.OPEN) {
            throw new InvalidInput(Problem.of(null, "waves.pull.decided", asked.getStatus()));
        }
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        if (reason != null && reason.length() > TEXT_MAX) {
            throw new InvalidInput(Problem.of("reason", "field.tooLong", TEXT_MAX));
        }
        String by = currentUser.username();
        if (!decision.accept()) {
            if (reason == null) {
                throw new InvalidInput(Problem.of("reason", "waves.pull.declineWhy"));
            }
            asked.decline(reason, by, LocalDate.now());
            audit.record("RolloutPlan", planId, "PULL DECLINED", AuditDetail.of("audit.detail.pullDeclined", plan.getName(), String.valueOf(requestId), reason));
            return find(planId, requestId);
        }
        Map<Long, Wave> waves = wavesById(planId);
        Wave target = decision.waveId() == null ? null : waves.get(decision.waveId());
        if (target == null) {
            throw new InvalidInput(Problem.of("waveId", decision.waveId() == null ? "field.required" : "waves.site.wave.unknown",
                    String.valueOf(decision.waveId())));
        }
        if (target.getStatus() == WaveStatus.STABILISED) {
            throw new InvalidInput(Problem.of("waveId", "waves.pull.waveClosed", target.getCode()));
        }
        List<Rollout> all = List.copyOf(store.rolloutsBySite(planId).values());
        List<Rollout> moving = PullRequests.covered(asked, all).stream()
                .filter(r -> r.getStatus() == RolloutStatus.NOT_STARTED)
                .filter(r -> r.getWaveId() == null || waves.get(r.getWaveId()).getGoLive().isAfter(target.getGoLive())).toList();
        if (moving.isEmpty()) {
            throw new InvalidInput(Problem.of("waveId", "waves.pull.nothingMoves", target.getCode()));
        }
        long alreadyIn = all.stream().filter(r -> target.getId().equals(r.getWaveId())).count();
        PullRequests.Capacity capacity = PullRequests.capacity(target, alreadyIn + moving.size());
        if (!capacity.enough()) {
            throw new InvalidInput(Problem.of("waveId", "waves.pull.capacity", target.getCode(), capacity.daysPerWeek(),
                    alreadyIn + moving.size(), capacity.needed()));
        }
        int moved = moving.size();
        placement.apply(moving.stream().map(r -> new WavePlacement.Move(r, target.getId(), r.isPinned(), null)).toList(), waves,
                placement.steps(plan.getPackageId()), by);
        // The placement writes in bulk and clears the persistence context: the request is read again.
        requests.pullRequest(requestId).orElseThrow().accept(target.getId(), moved, reason, by, LocalDate.now());
        requests.flush();
        audit.record("RolloutPlan", planId, "PULL ACCEPTED", AuditDetail.of("audit.detail.pullAccepted", plan.getName(), String.valueOf(requestId),
                moved, target.getCode()));
        return find(planId, requestId);
    }

    private PullRequestSummary find(long planId, long requestId) {
        return list(planId).stream().filter(r -> r.id() == requestId).findFirst()
                .orElseThrow(() -> new NotFound("PullRequest", requestId));
    }

    private Map<Long, Wave> wavesById(long planId) {
        return store.waves(planId).stream().collect(Collectors.toMap(Wave::getId, Function.identity()));
    }

    /** Names of the units and sites requests are about. */
    private record Names(Map<Long, String> units, Map<Long, String> sites) {
    }

    private Names names(List<PullRequest> shown) {
        Map<Long, String> units = network.orgUnits().stream().collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
        List<Long> asked = shown.stream().map(PullRequest::getSiteId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> sites = network.sitesByIds(asked).stream().collect(Collectors.toMap(SiteSummary::id, SiteSummary::name));
        return new Names(units, sites);
    }

    private static PullRequestSummary summary(PullRequest r, List<Rollout> rollouts, Map<Long, Wave> waves, Names names) {
        String perimeter = r.getOrgUnitId() != null ? names.units().getOrDefault(r.getOrgUnitId(), "#" + r.getOrgUnitId())
                : names.sites().getOrDefault(r.getSiteId(), "#" + r.getSiteId());
        Wave wave = r.getWaveId() == null ? null : waves.get(r.getWaveId());
        return new PullRequestSummary(r.getId(), r.getPlanId(), r.getOrgUnitId(), r.getSiteId(), perimeter,
                PullRequests.covered(r, rollouts).size(), r.getWishedGoLive(), r.getReason(), r.getStatus(), r.getRequestedBy(),
                r.getRequestedOn(), r.getDecidedBy(), r.getDecidedOn(), r.getDecisionReason(), r.getWaveId(),
                wave == null ? null : wave.getCode(), r.getSitesMoved(), r.getVersion());
    }
}
