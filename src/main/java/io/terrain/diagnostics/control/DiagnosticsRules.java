package io.terrain.diagnostics.control;

import io.terrain.diagnostics.api.AspirationDraft;
import io.terrain.diagnostics.api.CampaignDraft;
import io.terrain.diagnostics.api.CriterionKind;
import io.terrain.diagnostics.api.DeterminantDraft;
import io.terrain.diagnostics.api.FrictionDraft;
import io.terrain.diagnostics.api.JourneyDraft;
import io.terrain.diagnostics.api.JourneySummary;
import io.terrain.diagnostics.api.ObservationDraft;
import io.terrain.diagnostics.api.SiteContextDraft;
import io.terrain.diagnostics.api.StakeDraft;
import io.terrain.platform.api.Problem;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** What makes each thing a campaign records acceptable; every problem names its field. */
public final class DiagnosticsRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,31}");

    private DiagnosticsRules() {
    }

    public static List<Problem> check(CampaignDraft c) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "name", c.name(), 128, true);
        text(problems, "objective", c.objective(), 2000, false);
        required(problems, "startsOn", c.startsOn());
        required(problems, "endsOn", c.endsOn());
        if (c.startsOn() != null && c.endsOn() != null && c.endsOn().isBefore(c.startsOn())) {
            problems.add(Problem.of("endsOn", "campaign.period.inverted", c.startsOn(), c.endsOn()));
        }
        return problems;
    }

    public static List<Problem> check(AspirationDraft a) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "text", a.text(), 4000, true);
        text(problems, "agreedBy", a.agreedBy(), 256, true);
        required(problems, "agreedOn", a.agreedOn());
        return problems;
    }

    public static List<Problem> check(JourneyDraft j, boolean isNew) {
        List<Problem> problems = new ArrayList<>();
        if (isNew && (j.code() == null || !CODE.matcher(j.code()).matches())) {
            problems.add(Problem.of("code", "journey.code.invalid"));
        }
        text(problems, "nameFr", j.nameFr(), 128, true);
        text(problems, "nameEn", j.nameEn(), 128, true);
        required(problems, "channel", j.channel());
        if (j.steps() == null || j.steps().isEmpty()) {
            problems.add(Problem.of("steps", "journey.steps.none"));
            return problems;
        }
        for (int i = 0; i < j.steps().size(); i++) {
            JourneyDraft.Step s = j.steps().get(i);
            String at = "steps[" + (i + 1) + "].";
            text(problems, at + "nameFr", s.nameFr(), 128, true);
            text(problems, at + "nameEn", s.nameEn(), 128, true);
            required(problems, at + "interaction", s.interaction());
            List<JourneyDraft.Criterion> criteria = s.criteria() == null ? List.of() : s.criteria();
            for (int k = 0; k < criteria.size(); k++) {
                JourneyDraft.Criterion c = criteria.get(k);
                String cat = at + "criteria[" + (k + 1) + "].";
                text(problems, cat + "labelFr", c.labelFr(), 200, true);
                text(problems, cat + "labelEn", c.labelEn(), 200, true);
                required(problems, cat + "kind", c.kind());
            }
        }
        return problems;
    }

    /**
     * An observation must be at a step of a journey the campaign covers, at a site of its sample, and
     * answer only that step's criteria, each in the way the criterion asks.
     */
    public static List<Problem> check(ObservationDraft o, Set<Long> sample, Map<Long, JourneySummary.Step> campaignSteps) {
        List<Problem> problems = new ArrayList<>();
        if (o.uuid() == null || !isUuid(o.uuid())) {
            problems.add(Problem.of("uuid", "observation.uuid.invalid"));
        }
        if (o.siteId() == null) {
            problems.add(Problem.of("siteId", "field.required"));
        } else if (!sample.contains(o.siteId())) {
            problems.add(Problem.of("siteId", "observation.site.notInSample", o.siteId()));
        }
        required(problems, "observedAt", o.observedAt());
        if (o.observedAt() != null && o.observedAt().isAfter(LocalDateTime.now().plusDays(1))) {
            problems.add(Problem.of("observedAt", "observation.future", o.observedAt()));
        }
        text(problems, "note", o.note(), 2000, false);
        JourneySummary.Step step = o.stepId() == null ? null : campaignSteps.get(o.stepId());
        if (o.stepId() == null) {
            problems.add(Problem.of("stepId", "field.required"));
        } else if (step == null) {
            problems.add(Problem.of("stepId", "observation.step.notInCampaign", o.stepId()));
        }
        if (step == null) {
            return problems;
        }
        Map<Long, CriterionKind> kinds = new java.util.HashMap<>();
        step.criteria().forEach(c -> kinds.put(c.id(), c.kind()));
        Set<Long> seen = new HashSet<>();
        List<ObservationDraft.Answer> answers = o.answers() == null ? List.of() : o.answers();
        for (ObservationDraft.Answer a : answers) {
            String field = "answers[" + a.criterionId() + "]";
            CriterionKind kind = kinds.get(a.criterionId());
            if (kind == null) {
                problems.add(Problem.of(field, "observation.criterion.notInStep", a.criterionId()));
                continue;
            }
            if (!seen.add(a.criterionId())) {
                problems.add(Problem.of(field, "observation.criterion.twice", a.criterionId()));
            }
            switch (kind) {
                case YES_NO -> {
                    if (a.choice() == null || !Set.of("YES", "NO", "NA").contains(a.choice()) || a.rating() != null || a.minutes() != null) {
                        problems.add(Problem.of(field, "observation.answer.yesNo"));
                    }
                }
                case RATING -> {
                    if (a.rating() == null || a.rating() < 1 || a.rating() > 5 || a.choice() != null || a.minutes() != null) {
                        problems.add(Problem.of(field, "observation.answer.rating"));
                    }
                }
                case MINUTES -> {
                    if (a.minutes() == null || a.minutes() < 0 || a.minutes() > 600 || a.choice() != null || a.rating() != null) {
                        problems.add(Problem.of(field, "observation.answer.minutes"));
                    }
                }
            }
        }
        return problems;
    }

    public static List<Problem> check(SiteContextDraft c, Set<Long> sample) {
        List<Problem> problems = new ArrayList<>();
        if (c.siteId() == null) {
            problems.add(Problem.of("siteId", "field.required"));
        } else if (!sample.contains(c.siteId())) {
            problems.add(Problem.of("siteId", "observation.site.notInSample", c.siteId()));
        }
        required(problems, "observedOn", c.observedOn());
        if (c.staffPresent() != null && (c.staffPresent() < 0 || c.staffPresent() > 1000)) {
            problems.add(Problem.of("staffPresent", "context.staff.range"));
        }
        text(problems, "roles", c.roles(), 500, false);
        text(problems, "toolsAvailable", c.toolsAvailable(), 500, false);
        text(problems, "layoutRemarks", c.layoutRemarks(), 1000, false);
        text(problems, "ritualObserved", c.ritualObserved(), 500, false);
        return problems;
    }

    /** Evidence must belong to the same campaign; observations should be at the friction's step or journey. */
    public static List<Problem> check(FrictionDraft f, Set<Long> campaignSteps, Set<Long> campaignObservations,
                                      Set<Long> campaignVerbatims, Set<String> kpiCodes) {
        List<Problem> problems = new ArrayList<>();
        if (f.stepId() == null) {
            problems.add(Problem.of("stepId", "field.required"));
        } else if (!campaignSteps.contains(f.stepId())) {
            problems.add(Problem.of("stepId", "observation.step.notInCampaign", f.stepId()));
        }
        required(problems, "cause", f.cause());
        text(problems, "title", f.title(), 200, true);
        text(problems, "description", f.description(), 4000, false);
        if (f.severity() == null || f.severity() < 1 || f.severity() > 4) {
            problems.add(Problem.of("severity", "friction.severity.range"));
        }
        for (Long id : nullToEmpty(f.observationIds())) {
            if (!campaignObservations.contains(id)) {
                problems.add(Problem.of("observationIds", "friction.evidence.unknown", id));
            }
        }
        for (Long id : nullToEmpty(f.verbatimIds())) {
            if (!campaignVerbatims.contains(id)) {
                problems.add(Problem.of("verbatimIds", "friction.evidence.unknown", id));
            }
        }
        for (String code : nullToEmpty(f.kpiCodes())) {
            if (!kpiCodes.contains(code)) {
                problems.add(Problem.of("kpiCodes", "measurement.kpi.unknown", code));
            }
        }
        return problems;
    }

    public static List<Problem> check(DeterminantDraft d, Set<Long> campaignFrictions) {
        List<Problem> problems = new ArrayList<>();
        required(problems, "kind", d.kind());
        text(problems, "finding", d.finding(), 2000, true);
        for (Long id : nullToEmpty(d.frictionIds())) {
            if (!campaignFrictions.contains(id)) {
                problems.add(Problem.of("frictionIds", "friction.unknown", id));
            }
        }
        return problems;
    }

    public static List<Problem> check(StakeDraft s, Set<Long> campaignFrictions) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "title", s.title(), 200, true);
        text(problems, "description", s.description(), 4000, false);
        if (s.priority() == null || s.priority() < 1 || s.priority() > 999) {
            problems.add(Problem.of("priority", "stake.priority.range"));
        }
        for (Long id : nullToEmpty(s.frictionIds())) {
            if (!campaignFrictions.contains(id)) {
                problems.add(Problem.of("frictionIds", "friction.unknown", id));
            }
        }
        return problems;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void required(List<Problem> problems, String field, Object value) {
        if (value == null) {
            problems.add(Problem.of(field, "field.required"));
        }
    }

    private static void text(List<Problem> problems, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(Problem.of(field, "field.required"));
            }
        } else if (value.strip().length() > max) {
            problems.add(Problem.of(field, "field.tooLong", max));
        }
    }
}
