package io.terrain.coaches.api;

import java.io.Serializable;

/** The answer to a logged visit: the visit, and whether this call recorded it (false: it was a resend). */
public record LoggedVisit(VisitSummary visit, boolean created) implements Serializable {
}
