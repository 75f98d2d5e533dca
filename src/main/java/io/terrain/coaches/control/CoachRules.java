package io.terrain.coaches.control;

import io.terrain.coaches.api.AssignmentDraft;
import io.terrain.coaches.api.CoachDraft;
import io.terrain.coaches.api.Training;
import io.terrain.coaches.api.VisitDraft;
import io.terrain.platform.api.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What makes a coach, an assignment or a planned visit acceptable; each problem names its field. */
public final class CoachRules {

    static final Set<String> LANGUAGES = Set.of("fr", "en", "de", "es", "it", "nl", "pt", "ar");

    private CoachRules() {
    }

    public static List<Problem> check(CoachDraft c) {
        List<Problem> problems = new ArrayList<>();
        if (c.userId() == null) {
            problems.add(Problem.of("userId", "field.required"));
        }
        if (c.secondedFrom() == null) {
            problems.add(Problem.of("secondedFrom", "field.required"));
        }
        if (c.secondedFrom() != null && c.secondedUntil() != null && c.secondedUntil().isBefore(c.secondedFrom())) {
            problems.add(Problem.of("secondedUntil", "coach.secondment.inverted", c.secondedFrom(), c.secondedUntil()));
        }
        if (c.capacityDays() == null || c.capacityDays().compareTo(new BigDecimal("0.5")) < 0
                || c.capacityDays().compareTo(BigDecimal.valueOf(5)) > 0 || c.capacityDays().remainder(new BigDecimal("0.5")).signum() != 0) {
            problems.add(Problem.of("capacityDays", "coach.capacity.range"));
        }
        if (c.formerRole() != null && c.formerRole().strip().length() > 128) {
            problems.add(Problem.of("formerRole", "field.tooLong", 128));
        }
        for (String language : c.languages() == null ? List.<String>of() : c.languages()) {
            if (!LANGUAGES.contains(language)) {
                problems.add(Problem.of("languages", "coach.language.unknown", language, LANGUAGES));
            }
        }
        List<Training> training = c.training() == null ? List.of() : c.training();
        for (int i = 0; i < training.size(); i++) {
            Training t = training.get(i);
            if (t.module() == null || t.module().isBlank()) {
                problems.add(Problem.of("training[" + (i + 1) + "].module", "field.required"));
            } else if (t.module().strip().length() > 128) {
                problems.add(Problem.of("training[" + (i + 1) + "].module", "field.tooLong", 128));
            }
        }
        return problems;
    }

    public static List<Problem> check(AssignmentDraft a) {
        List<Problem> problems = new ArrayList<>();
        if (a.coachId() == null) {
            problems.add(Problem.of("coachId", "field.required"));
        }
        if (a.siteId() == null) {
            problems.add(Problem.of("siteId", "field.required"));
        }
        if (a.startsOn() == null) {
            problems.add(Problem.of("startsOn", "field.required"));
        }
        if (a.startsOn() != null && a.endsOn() != null && a.endsOn().isBefore(a.startsOn())) {
            problems.add(Problem.of("endsOn", "campaign.period.inverted", a.startsOn(), a.endsOn()));
        }
        return problems;
    }

    public static List<Problem> check(io.terrain.coaches.api.VisitLog v) {
        List<Problem> problems = visitBasics(v.uuid(), v.siteId(), v.date(), v.purpose(), v.durationMinutes());
        if (v.teamMood() != null && (v.teamMood() < 1 || v.teamMood() > 5)) {
            problems.add(Problem.of("teamMood", "visit.mood.range"));
        }
        if (v.date() != null && v.nextVisitOn() != null && !v.nextVisitOn().isAfter(v.date())) {
            problems.add(Problem.of("nextVisitOn", "visit.next.beforeVisit"));
        }
        text(problems, "observations", v.observations(), 4000);
        text(problems, "behaviours", v.behaviours(), 2000);
        if (v.workedOn() != null && String.join("\n", v.workedOn()).length() > 2000) {
            problems.add(Problem.of("workedOn", "field.tooLong", 2000));
        }
        if (v.completed() != null && String.join("\n", v.completed()).length() > 2000) {
            problems.add(Problem.of("completed", "field.tooLong", 2000));
        }
        List<io.terrain.coaches.api.AgreedAction> actions = v.actions() == null ? List.of() : v.actions();
        for (int i = 0; i < actions.size(); i++) {
            var a = actions.get(i);
            String at = "actions[" + (i + 1) + "].";
            if (a.description() == null || a.description().isBlank()) {
                problems.add(Problem.of(at + "description", "field.required"));
            }
            if (a.owner() == null || a.owner().isBlank()) {
                problems.add(Problem.of(at + "owner", "field.required"));
            }
            text(problems, at + "description", a.description(), 500);
            text(problems, at + "owner", a.owner(), 128);
            if (a.dueOn() == null) {
                problems.add(Problem.of(at + "dueOn", "field.required"));
            }
            if (a.status() != null && !Set.of("OPEN", "DONE", "DROPPED").contains(a.status())) {
                problems.add(Problem.of(at + "status", "visit.action.status"));
            }
        }
        return problems;
    }

    private static void text(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(Problem.of(field, "field.tooLong", max));
        }
    }

    public static List<Problem> check(VisitDraft v) {
        List<Problem> problems = visitBasics(v.uuid(), v.siteId(), v.date(), v.purpose(), v.durationMinutes());
        if (v.coachId() == null) {
            problems.add(Problem.of("coachId", "field.required"));
        }
        return problems;
    }

    /** What a planned and a logged visit both need: a client-made UUID, a site, a day, a purpose, a sensible duration. */
    private static List<Problem> visitBasics(String uuid, Long siteId, java.time.LocalDate date, Object purpose, Integer minutes) {
        List<Problem> problems = new ArrayList<>();
        try {
            if (uuid == null || !UUID.fromString(uuid).toString().equalsIgnoreCase(uuid)) {
                problems.add(Problem.of("uuid", "observation.uuid.invalid"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of("uuid", "observation.uuid.invalid"));
        }
        if (siteId == null) {
            problems.add(Problem.of("siteId", "field.required"));
        }
        if (date == null) {
            problems.add(Problem.of("date", "field.required"));
        }
        if (purpose == null) {
            problems.add(Problem.of("purpose", "field.required"));
        }
        if (minutes != null && (minutes < 5 || minutes > 720)) {
            problems.add(Problem.of("durationMinutes", "visit.duration.range"));
        }
        return problems;
    }
}
