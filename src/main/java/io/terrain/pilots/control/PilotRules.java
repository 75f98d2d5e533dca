package io.terrain.pilots.control;

import io.terrain.pilots.api.PilotDraft;
import io.terrain.platform.api.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes a pilot's design acceptable; each problem names its field. */
public final class PilotRules {

    private PilotRules() {
    }

    public static List<Problem> check(PilotDraft p, Set<String> kpiCodes, Set<Long> campaignStakes) {
        List<Problem> problems = new ArrayList<>();
        if (p.name() == null || p.name().isBlank()) {
            problems.add(Problem.of("name", "field.required"));
        } else if (p.name().strip().length() > 128) {
            problems.add(Problem.of("name", "field.tooLong", 128));
        }
        if (p.hypothesis() != null && p.hypothesis().strip().length() > 2000) {
            problems.add(Problem.of("hypothesis", "field.tooLong", 2000));
        }
        for (String field : List.of("baselineFrom", "baselineTo", "pilotFrom", "pilotTo")) {
            Object value = switch (field) {
                case "baselineFrom" -> p.baselineFrom();
                case "baselineTo" -> p.baselineTo();
                case "pilotFrom" -> p.pilotFrom();
                default -> p.pilotTo();
            };
            if (value == null) {
                problems.add(Problem.of(field, "field.required"));
            }
        }
        if (problems.isEmpty() || (p.baselineFrom() != null && p.baselineTo() != null && p.pilotFrom() != null && p.pilotTo() != null)) {
            if (p.baselineFrom() != null && p.baselineTo() != null && p.baselineTo().isBefore(p.baselineFrom())) {
                problems.add(Problem.of("baselineTo", "campaign.period.inverted", p.baselineFrom(), p.baselineTo()));
            }
            if (p.pilotFrom() != null && p.pilotTo() != null && p.pilotTo().isBefore(p.pilotFrom())) {
                problems.add(Problem.of("pilotTo", "campaign.period.inverted", p.pilotFrom(), p.pilotTo()));
            }
            if (p.baselineTo() != null && p.pilotFrom() != null && !p.pilotFrom().isAfter(p.baselineTo())) {
                problems.add(Problem.of("pilotFrom", "pilot.windows.overlap"));
            }
        }
        List<PilotDraft.PilotKpi> kpis = p.kpis() == null ? List.of() : p.kpis();
        if (kpis.stream().noneMatch(PilotDraft.PilotKpi::primary)) {
            problems.add(Problem.of("kpis", "pilot.kpi.primaryMissing"));
        }
        Set<String> seen = new HashSet<>();
        for (PilotDraft.PilotKpi k : kpis) {
            if (k.kpiCode() == null || !kpiCodes.contains(k.kpiCode())) {
                problems.add(Problem.of("kpis", "measurement.kpi.unknown", String.valueOf(k.kpiCode())));
            } else if (!seen.add(k.kpiCode())) {
                problems.add(Problem.of("kpis", "pilot.kpi.twice", k.kpiCode()));
            }
        }
        for (Long stake : p.stakeIds() == null ? List.<Long>of() : p.stakeIds()) {
            if (!campaignStakes.contains(stake)) {
                problems.add(Problem.of("stakeIds", "pilot.stake.unknown", stake));
            }
        }
        int i = 1;
        for (PilotDraft.Improvement imp : p.improvements() == null ? List.<PilotDraft.Improvement>of() : p.improvements()) {
            if (imp.kind() == null || imp.description() == null || imp.description().isBlank()) {
                problems.add(Problem.of("improvements[" + i + "]", "pilot.improvement.incomplete"));
            }
            i++;
        }
        i = 1;
        for (PilotDraft.TeamMember t : p.team() == null ? List.<PilotDraft.TeamMember>of() : p.team()) {
            if (t.name() == null || t.name().isBlank()) {
                problems.add(Problem.of("team[" + i + "].name", "field.required"));
            }
            i++;
        }
        i = 1;
        for (PilotDraft.Directorate d : p.directorates() == null ? List.<PilotDraft.Directorate>of() : p.directorates()) {
            if (d.directorate() == null || d.directorate().isBlank() || d.contact() == null || d.contact().isBlank()) {
                problems.add(Problem.of("directorates[" + i + "]", "pilot.directorate.incomplete"));
            }
            i++;
        }
        return problems;
    }
}
