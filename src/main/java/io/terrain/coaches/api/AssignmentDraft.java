package io.terrain.coaches.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A coach on a site for a period; {@code endsOn} null: until further notice. */
public record AssignmentDraft(Long coachId, Long siteId, LocalDate startsOn, LocalDate endsOn) implements Serializable {
}
