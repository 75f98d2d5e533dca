package io.terrain.pilots.control;

import io.terrain.pilots.api.PerceptionDraft;
import io.terrain.platform.api.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What makes a team response acceptable when entered on screen or through REST. */
public final class PerceptionRules {

    private PerceptionRules() {
    }

    public static List<Problem> check(PerceptionDraft draft, Collection<Long> pilotSites, int expectedScores) {
        List<Problem> problems = new ArrayList<>();
        if (draft.siteId() == null) {
            problems.add(Problem.of("siteId", "field.required"));
        } else if (!pilotSites.contains(draft.siteId())) {
            problems.add(Problem.of("siteId", "pilot.perception.notPilotSite", String.valueOf(draft.siteId())));
        }
        if (draft.respondedOn() == null) {
            problems.add(Problem.of("respondedOn", "field.required"));
        }
        List<Integer> scores = draft.scores() == null ? List.of() : draft.scores();
        if (scores.size() != expectedScores || scores.stream().anyMatch(s -> s == null || s < 1 || s > 5)) {
            problems.add(Problem.of("scores", "pilot.perception.scores", expectedScores));
        }
        if (draft.recommend() == null || draft.recommend() < 0 || draft.recommend() > 10) {
            problems.add(Problem.of("recommend", "pilot.perception.recommend"));
        }
        if (draft.comment() != null && draft.comment().strip().length() > 2000) {
            problems.add(Problem.of("comment", "field.tooLong", 2000));
        }
        return problems;
    }
}
