package io.terrain.coaches.api;

import java.io.Serializable;
import java.time.LocalDate;

public record AssignmentSummary(long id, long coachId, String coachName, long siteId, String siteCode, String siteName,
                                LocalDate startsOn, LocalDate endsOn, long version) implements Serializable {
}
