package io.terrain.pilots.control;

import io.terrain.pilots.api.PackageDraft;
import io.terrain.platform.api.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What makes a package acceptable; each problem names its field and, for a step, its number. */
public final class PackageRules {

    private PackageRules() {
    }

    public static List<Problem> check(PackageDraft p, Set<String> kpiCodes) {
        List<Problem> problems = new ArrayList<>();
        if (p.name() == null || p.name().isBlank()) {
            problems.add(Problem.of("name", "field.required"));
        } else if (p.name().strip().length() > 128) {
            problems.add(Problem.of("name", "field.tooLong", 128));
        }
        for (String field : List.of("processes", "tools", "management")) {
            String value = switch (field) {
                case "processes" -> p.processes();
                case "tools" -> p.tools();
                default -> p.management();
            };
            if (value != null && value.length() > 4000) {
                problems.add(Problem.of(field, "field.tooLong", 4000));
            }
        }
        for (PackageDraft.KpiTarget k : p.kpis() == null ? List.<PackageDraft.KpiTarget>of() : p.kpis()) {
            if (k.kpiCode() == null || !kpiCodes.contains(k.kpiCode())) {
                problems.add(Problem.of("kpis", "measurement.kpi.unknown", String.valueOf(k.kpiCode())));
            }
        }
        List<PackageDraft.Step> steps = p.steps() == null ? List.of() : p.steps();
        for (int i = 0; i < steps.size(); i++) {
            PackageDraft.Step s = steps.get(i);
            String at = "steps[" + (i + 1) + "].";
            if (s.description() == null || s.description().isBlank()) {
                problems.add(Problem.of(at + "description", "field.required"));
            }
            if (s.ownerRole() == null || s.ownerRole().isBlank()) {
                problems.add(Problem.of(at + "ownerRole", "field.required"));
            }
            if (s.expectedDays() == null || s.expectedDays() < 1 || s.expectedDays() > 365) {
                problems.add(Problem.of(at + "expectedDays", "package.step.days"));
            }
            if (s.evidence() == null || s.evidence().isBlank()) {
                problems.add(Problem.of(at + "evidence", "field.required"));
            }
        }
        return problems;
    }
}
