package io.terrain.coaches.api;

import java.io.Serializable;
import java.time.LocalDate;

/** An action agreed at a visit and still open ({@code position}: its place in the visit); overdue once its due date has passed. */
public record OpenAction(long visitId, int position, long coachId, String coachName, long siteId, String siteName, LocalDate visitDate,
                         String description, String owner, LocalDate dueOn, boolean overdue, long visitVersion)
        implements Serializable {
}
