package io.terrain.coaches.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A coach as a program manager writes it; {@code userId} is the coach's Terrain user (role COACH). */
public record CoachDraft(Long userId, String formerRole, Long formerSiteId, LocalDate secondedFrom, LocalDate secondedUntil,
                         Long homeRegionId, BigDecimal capacityDays, List<String> languages, CoachStatus status,
                         List<Training> training) implements Serializable {
}
