package io.terrain.coaches.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A visit on the calendar; {@code logged} once the coach has recorded what happened. */
public record VisitSummary(long id, String uuid, long coachId, String coachName, long siteId, String siteName, LocalDate date,
                           LocalTime startTime, Integer durationMinutes, VisitPurpose purpose, boolean logged, long version)
        implements Serializable {
}
