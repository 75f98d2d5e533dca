package io.terrain.coaches.api;

import java.util.List;

/** What other modules (waves, dashboards) may ask of the coaches. */
public interface Coaches {

    /** The roster, by name. */
    List<CoachSummary> coaches();

    /** Whether the signed-in user is a coach assigned to this site on that day (what bounds a coach's scope elsewhere). */
    boolean isMySite(long siteId, java.time.LocalDate on);

    /** Each coach's weeks between two days (visit days against capacity), one coach's or everyone's (null). */
    List<WeekLoad> workload(Long coachId, java.time.LocalDate from, java.time.LocalDate to);

    /** Coaches assigned to a site on the day given (usually one). */
    List<CoachSummary> coachesOfSite(long siteId, java.time.LocalDate on);
}
