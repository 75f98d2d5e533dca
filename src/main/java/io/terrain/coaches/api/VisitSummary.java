package io.terrain.coaches.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A visit on the calendar; {@code logged} once the coach has recorded what happened (observations, team mood). */
public record VisitSummary(long id, String uuid, long coachId, String coachName, long siteId, String siteName, LocalDate date,
                           LocalTime startTime, Integer durationMinutes, VisitPurpose purpose, boolean logged, String observations,
                           Integer teamMood, long version)
        implements Serializable {
}
