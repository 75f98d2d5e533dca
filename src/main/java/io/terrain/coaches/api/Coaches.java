package io.terrain.coaches.api;

import java.util.List;

/** What other modules (waves, dashboards) may ask of the coaches. */
public interface Coaches {

    /** The roster, by name. */
    List<CoachSummary> coaches();

    /** Whether the signed-in user is a coach assigned to this site on that day (what bounds a coach's scope elsewhere). */
    boolean isMySite(long siteId, java.time.LocalDate on);

    /** Coaches assigned to a site on the day given (usually one). */
    List<CoachSummary> coachesOfSite(long siteId, java.time.LocalDate on);
}
