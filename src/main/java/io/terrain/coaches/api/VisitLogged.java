package io.terrain.coaches.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Fired once when a coach's visit is logged: ids and facts, no entities (waves move checklists
 * forward on it: items worked on, items completed).
 */
public record VisitLogged(long visitId, long coachId, long siteId, LocalDate date, VisitPurpose purpose, List<String> workedOn,
                          List<String> completed, int actionsAgreed, Integer teamMood) implements Serializable {

    public VisitLogged {
        workedOn = List.copyOf(workedOn);
        completed = List.copyOf(completed);
    }
}
