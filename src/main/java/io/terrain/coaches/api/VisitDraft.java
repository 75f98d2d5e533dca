package io.terrain.coaches.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A visit planned on the calendar (what happened is logged later, from the coach's phone). */
public record VisitDraft(String uuid, Long coachId, Long siteId, LocalDate date, LocalTime startTime, Integer durationMinutes,
                         VisitPurpose purpose, Long version) implements Serializable {
}
