package io.terrain.waves.boundary;

import io.terrain.coaches.api.CoachSummary;
import io.terrain.coaches.api.Coaches;
import io.terrain.platform.api.AuditDetail;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.CoachWeek;
import io.terrain.waves.api.PlanStatus;
import io.terrain.waves.api.RolloutStatus;
import io.terrain.waves.api.WaveDraft;
import io.terrain.waves.api.WaveSummary;
import io.terrain.waves.control.CoachLoad;
import io.terrain.waves.control.PlanRules;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.entity.Plan;
import io.terrain.waves.entity.Wave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rollout plan's waves: their dates, status and coaches (managers write; executives and line managers read, counted
 * over what they see), and the coaches' load they make week by week.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
public class PlanWavesFacade {

    @Inject
    WaveStore store;

    @Inject
    Coaches coaches;

    @Inject
    AuditTrail audit;

    @Inject
    RolloutScope scope;

    public List<WaveSummary> waves(long planId) {
        scope.visiblePlan(planId);
        Map<Long, Map<RolloutStatus, Long>> counts = store.waveCounts(planId, scope.linePerimeter().orElse(null));
        return store.waves(planId).stream().map(w -> summary(w, counts.getOrDefault(w.getId(), Map.of()))).toList();
    }

    /** The coaches' load week by week over the plan's waves (the whole plan: the coaches' days are the waves'). */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
    public List<CoachWeek> coachLoad(long planId) {
        scope.visiblePlan(planId);
        Map<Long, Map<RolloutStatus, Long>> counts = store.waveCounts(planId);
        return CoachLoad.weeks(store.waves(planId).stream().map(w -> summary(w, counts.getOrDefault(w.getId(), Map.of()))).toList());
    }

    public WaveSummary wave(long planId, long waveId) {
        scope.visiblePlan(planId);
        Wave wave = findWave(planId, waveId);
        return summary(wave, store.waveCounts(planId, scope.linePerimeter().orElse(null)).getOrDefault(waveId, Map.of()));
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public WaveSummary addWave(long planId, WaveDraft draft) {
        Plan plan = scope.visiblePlan(planId);
        List<Problem> problems = checkWave(plan, null, draft);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Wave wave = new Wave(planId, draft.code().strip());
        wave.apply(draft);
        store.add(wave);
        store.flush();
        audit.record("Wave", wave.getId(), "CREATE", AuditDetail.of("audit.detail.waveCreated", plan.getName(), wave.getCode(), wave.getGoLive()));
        return wave(planId, wave.getId());
    }

    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public WaveSummary updateWave(long planId, long waveId, long expectedVersion, WaveDraft draft) {
        Plan plan = scope.visiblePlan(planId);
        Wave wave = findWave(planId, waveId);
        if (wave.getVersion() != expectedVersion) {
            throw new EditConflict("Wave", waveId);
        }
        List<Problem> problems = checkWave(plan, wave, draft);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        wave.apply(draft);
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflict("Wave", waveId);
        }
        audit.record("Wave", waveId, "UPDATE", AuditDetail.of("audit.detail.waveStatus", plan.getName(), wave.getCode(), AuditDetail.term("waves.waveStatus." + wave.getStatus())));
        return wave(planId, waveId);
    }

    private List<Problem> checkWave(Plan plan, Wave existing, WaveDraft draft) {
        if (draft == null) {
            throw new InvalidInput(Problem.of(null, "field.required"));
        }
        Set<Long> roster = coaches.coaches().stream().map(CoachSummary::id).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>(PlanRules.check(draft, roster));
        if (plan.getStatus() == PlanStatus.CLOSED) {
            problems.add(Problem.of("status", "waves.plan.closed"));
        }
        if (draft.code() != null) {
            String code = draft.code().strip();
            boolean taken = store.waves(plan.getId()).stream()
                    .anyMatch(w -> w.getCode().equals(code) && (existing == null || !w.getId().equals(existing.getId())));
            if (taken) {
                problems.add(Problem.of("code", "waves.wave.code.taken", code));
            }
        }
        return problems;
    }

    private Wave findWave(long planId, long waveId) {
        return store.wave(waveId).filter(w -> w.getPlanId() == planId).orElseThrow(() -> new NotFound("Wave", waveId));
    }

    private static WaveSummary summary(Wave w, Map<RolloutStatus, Long> counts) {
        long sites = counts.values().stream().mapToLong(Long::longValue).sum();
        return new WaveSummary(w.getId(), w.getPlanId(), w.getCode(), w.getName(), w.getPreparationStart(), w.getGoLive(),
                w.getStatus(), sites, counts.getOrDefault(RolloutStatus.IN_PROGRESS, 0L), counts.getOrDefault(RolloutStatus.ADOPTED, 0L),
                counts.getOrDefault(RolloutStatus.BLOCKED, 0L), w.coachList(), w.getVersion());
    }
}
