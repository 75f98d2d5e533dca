package io.terrain.waves.control;

import io.terrain.platform.api.Problem;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.api.WaveDraft;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a plan and a wave must satisfy, each problem naming its field. */
public final class PlanRules {

    public static final int NAME_MAX = 128;
    public static final int CODE_MAX = 32;
    /** A coach gives a wave at most a full working week. */
    static final BigDecimal MAX_DAYS_PER_WEEK = BigDecimal.valueOf(5);

    private PlanRules() {
    }

    /**
     * @param publishedPackages ids of published package versions
     * @param orgUnits          ids of the network's org units
     * @param kpiCodes          codes of the KPI catalogue
     * @param segments          the network's segments
     */
    public static List<Problem> check(PlanDraft draft, Set<Long> publishedPackages, Set<Long> orgUnits, Set<String> kpiCodes,
                                      Set<String> segments) {
        List<Problem> problems = new ArrayList<>();
        text(draft.name(), "name", NAME_MAX, problems);
        if (draft.packageId() == null) {
            problems.add(Problem.of("packageId", "field.required"));
        } else if (!publishedPackages.contains(draft.packageId())) {
            problems.add(Problem.of("packageId", "waves.plan.package.notPublished", draft.packageId()));
        }
        if (draft.orgUnitIds() != null) {
            for (Long unit : draft.orgUnitIds()) {
                if (unit == null || !orgUnits.contains(unit)) {
                    problems.add(Problem.of("orgUnitIds", "waves.plan.orgUnit.unknown", String.valueOf(unit)));
                }
            }
        }
        if (draft.segment() != null && !draft.segment().isBlank() && !segments.contains(draft.segment().strip())) {
            problems.add(Problem.of("segment", "waves.plan.segment.unknown", draft.segment()));
        }
        if (draft.kpis() == null || draft.kpis().isEmpty()) {
            problems.add(Problem.of("kpis", "waves.plan.kpis.required"));
        } else {
            Set<String> seen = new HashSet<>();
            for (PlanDraft.PlanKpi kpi : draft.kpis()) {
                if (kpi == null || kpi.kpiCode() == null || !kpiCodes.contains(kpi.kpiCode().strip())) {
                    problems.add(Problem.of("kpis", "waves.plan.kpi.unknown", kpi == null ? "null" : String.valueOf(kpi.kpiCode())));
                } else if (!seen.add(kpi.kpiCode().strip())) {
                    problems.add(Problem.of("kpis", "waves.plan.kpi.twice", kpi.kpiCode()));
                }
            }
            if (draft.kpis().stream().noneMatch(k -> k != null && k.primary())) {
                problems.add(Problem.of("kpis", "waves.plan.kpis.primary"));
            }
        }
        return problems;
    }

    /** @param coaches ids of the roster */
    public static List<Problem> check(WaveDraft draft, Set<Long> coaches) {
        List<Problem> problems = new ArrayList<>();
        text(draft.code(), "code", CODE_MAX, problems);
        text(draft.name(), "name", NAME_MAX, problems);
        if (draft.goLive() == null) {
            problems.add(Problem.of("goLive", "field.required"));
        } else if (draft.preparationStart() != null && draft.preparationStart().isAfter(draft.goLive())) {
            problems.add(Problem.of("preparationStart", "waves.wave.preparation.afterGoLive"));
        }
        if (draft.coaches() != null) {
            Set<Long> seen = new HashSet<>();
            for (WaveDraft.WaveCoach coach : draft.coaches()) {
                if (coach == null || !coaches.contains(coach.coachId())) {
                    problems.add(Problem.of("coaches", "waves.wave.coach.unknown", coach == null ? "null" : coach.coachId()));
                } else if (!seen.add(coach.coachId())) {
                    problems.add(Problem.of("coaches", "waves.wave.coach.twice", coach.coachId()));
                } else if (coach.daysPerWeek() == null || coach.daysPerWeek().signum() <= 0
                        || coach.daysPerWeek().compareTo(MAX_DAYS_PER_WEEK) > 0) {
                    problems.add(Problem.of("coaches", "waves.wave.coach.days", coach.coachId()));
                }
            }
        }
        return problems;
    }

    private static void text(String value, String field, int max, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(field, "field.required"));
        } else if (value.strip().length() > max) {
            problems.add(Problem.of(field, "field.tooLong", max));
        }
    }
}
