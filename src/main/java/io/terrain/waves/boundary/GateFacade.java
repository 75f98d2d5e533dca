package io.terrain.waves.boundary;

import io.terrain.indicators.api.Comparison;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.control.AuditTrail;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.GateDecision;
import io.terrain.waves.api.GateDecisionSummary;
import io.terrain.waves.api.GateDraft;
import io.terrain.waves.api.GateEvidence;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.api.RolloutPlace;
import io.terrain.waves.api.RolloutStatus;
import io.terrain.waves.api.WaveDraft;
import io.terrain.waves.api.WaveStatus;
import io.terrain.waves.control.EngagementStore;
import io.terrain.waves.control.ProgressStore;
import io.terrain.waves.control.WaveStore;
import io.terrain.waves.entity.Engagement;
import io.terrain.waves.entity.GateRecord;
import io.terrain.waves.entity.Plan;
import io.terrain.waves.entity.Wave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A wave's gate before it goes live: the evidence (earlier waves' measured impact on the primary
 * KPIs, their adoption and checklist completion, the coach time given to this wave, the engagement
 * of its units) and the manager's decision — GO (the wave goes live), HOLD or ADJUST — with its
 * rationale and the evidence frozen with it, as the pilots' gate does.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE})
public class GateFacade {

    static final int RATIONALE_MAX = 2000;

    @Inject
    WaveStore store;

    @Inject
    ProgressStore progress;

    @Inject
    EngagementStore engagement;

    @Inject
    ImpactsFacade impacts;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    public GateEvidence evidence(long planId, long waveId) {
        Plan plan = store.plan(planId).orElseThrow(() -> new NotFound("RolloutPlan", planId));
        Wave wave = store.wave(waveId).filter(w -> w.getPlanId() == planId).orElseThrow(() -> new NotFound("Wave", waveId));
        List<GateEvidence.KpiImpact> measured = new ArrayList<>();
        for (PlanDraft.PlanKpi kpi : plan.kpiList()) {
            if (kpi.primary()) {
                measured.add(impacts.impact(planId, kpi.kpiCode(), Comparison.NOT_YET_ADOPTED)
                        .map(i -> new GateEvidence.KpiImpact(kpi.kpiCode(), i.overall(), i.verdict().name()))
                        .orElse(new GateEvidence.KpiImpact(kpi.kpiCode(), null, null)));
            }
        }
        Map<Long, Map<RolloutStatus, Long>> counts = store.waveCounts(planId);
        Map<Long, long[]> checklists = ProgressStore.checklistsByWave(progress.groups(planId, RolloutPlace.EVERYWHERE, null, null,
                LocalDate.now()));
        long earlierSites = 0;
        long earlierAdopted = 0;
        long done = 0;
        long items = 0;
        for (Wave earlier : store.waves(planId)) {
            if (!earlier.getGoLive().isBefore(wave.getGoLive()) || earlier.getId().equals(wave.getId())) {
                continue;
            }
            Map<RolloutStatus, Long> c = counts.getOrDefault(earlier.getId(), Map.of());
            earlierSites += c.values().stream().mapToLong(Long::longValue).sum();
            earlierAdopted += c.getOrDefault(RolloutStatus.ADOPTED, 0L);
            long[] checklist = checklists.getOrDefault(earlier.getId(), new long[3]);
            done += checklist[0];
            items += checklist[1];
        }
        long waveSites = counts.getOrDefault(waveId, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        double coachDays = wave.coachList().stream().mapToDouble(c -> c.daysPerWeek().doubleValue()).sum();
        Map<Long, Engagement> levels = engagement.current(planId);
        Map<Long, EngagementStore.Block> blocks = engagement.blocks(planId);
        Map<String, Long> byLevel = new TreeMap<>();
        long blocked = 0;
        for (Object[] unit : store.unitsOfWave(waveId)) {
            Long region = (Long) unit[0];
            Long sector = (Long) unit[1];
            Long id = sector != null ? sector : region;
            Engagement e = id == null ? null : levels.getOrDefault(id, region == null ? null : levels.get(region));
            byLevel.merge(e == null ? "NONE" : e.getLevel().name(), 1L, Long::sum);
            if (sector != null && blocks.containsKey(sector) || region != null && blocks.containsKey(region)) {
                blocked++;
            }
        }
        return new GateEvidence(waveId, wave.getCode(), measured, earlierSites, earlierAdopted,
                earlierSites == 0 ? 0 : earlierAdopted / (double) earlierSites, done, items, items == 0 ? 0 : done / (double) items,
                waveSites, coachDays, byLevel, blocked);
    }

    public List<GateDecisionSummary> decisions(long planId, long waveId) {
        store.wave(waveId).filter(w -> w.getPlanId() == planId).orElseThrow(() -> new NotFound("Wave", waveId));
        return engagement.decisions(waveId).stream().map(GateRecord::summary).toList();
    }

    /** Decides at the gate; GO puts the wave live. The evidence shown is frozen with the decision. */
    @RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER})
    public GateDecisionSummary decide(long planId, long waveId, GateDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.decision() == null) {
            problems.add(Problem.of("decision", "field.required"));
        }
        if (draft.rationale() == null || draft.rationale().isBlank()) {
            problems.add(Problem.of("rationale", "waves.gate.rationale.required"));
        } else if (draft.rationale().strip().length() > RATIONALE_MAX) {
            problems.add(Problem.of("rationale", "field.tooLong", RATIONALE_MAX));
        }
        Wave wave = store.wave(waveId).filter(w -> w.getPlanId() == planId).orElseThrow(() -> new NotFound("Wave", waveId));
        if (wave.getStatus() == WaveStatus.LIVE || wave.getStatus() == WaveStatus.STABILISED) {
            problems.add(Problem.of("decision", "waves.gate.alreadyLive", wave.getCode()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String evidence;
        try (Jsonb json = JsonbBuilder.create()) {
            evidence = json.toJson(evidence(planId, waveId));
        } catch (Exception e) {
            throw new IllegalStateException("The gate's evidence could not be written: " + e.getMessage(), e);
        }
        GateRecord record = new GateRecord(waveId, draft.decision(), draft.rationale().strip(), evidence, currentUser.username(),
                LocalDateTime.now().withNano(0));
        engagement.add(record);
        if (draft.decision() == GateDecision.GO) {
            wave.apply(new WaveDraft(wave.getCode(), wave.getName(), wave.getPreparationStart(), wave.getGoLive(), WaveStatus.LIVE,
                    wave.coachList()));
        }
        engagement.flush();
        audit.record("Wave", waveId, "GATE " + draft.decision(), wave.getCode() + ": " + draft.rationale().strip());
        return record.summary();
    }
}
