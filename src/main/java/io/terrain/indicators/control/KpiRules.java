package io.terrain.indicators.control;

import io.terrain.indicators.api.KpiDraft;
import io.terrain.platform.api.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What makes a catalogue entry acceptable. */
public final class KpiRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private KpiRules() {
    }

    public static List<Problem> check(KpiDraft kpi) {
        List<Problem> problems = new ArrayList<>();
        if (kpi.code() == null || !CODE.matcher(kpi.code()).matches()) {
            problems.add(Problem.of("code", "kpi.code.invalid"));
        }
        text(problems, "nameFr", kpi.nameFr(), 128);
        text(problems, "nameEn", kpi.nameEn(), 128);
        text(problems, "unit", kpi.unit(), 32);
        if (kpi.direction() == null) {
            problems.add(Problem.of("direction", "field.required"));
        }
        if (kpi.aggregation() == null) {
            problems.add(Problem.of("aggregation", "field.required"));
        }
        if (kpi.granularity() == null) {
            problems.add(Problem.of("granularity", "field.required"));
        }
        if (kpi.minValue() != null && kpi.maxValue() != null && kpi.minValue() > kpi.maxValue()) {
            problems.add(Problem.of("maxValue", "kpi.range.inverted", kpi.minValue(), kpi.maxValue()));
        }
        if (kpi.target() != null && ((kpi.minValue() != null && kpi.target() < kpi.minValue())
                || (kpi.maxValue() != null && kpi.target() > kpi.maxValue()))) {
            problems.add(Problem.of("target", "kpi.target.outOfRange", kpi.target()));
        }
        if (kpi.description() != null && kpi.description().length() > 1000) {
            problems.add(Problem.of("description", "field.tooLong", 1000));
        }
        return problems;
    }

    private static void text(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(field, "field.required"));
        } else if (value.length() > max) {
            problems.add(Problem.of(field, "field.tooLong", max));
        }
    }
}
