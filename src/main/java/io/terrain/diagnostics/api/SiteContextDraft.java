package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The organizational context of a site on the day of observation; one per site and day. Sent again
 * with the {@code version} read, it is updated; without a version (or with an older one) while one
 * exists, it is refused as a conflict instead of overwriting what a colleague recorded.
 */
public record SiteContextDraft(Long siteId, LocalDate observedOn, Integer staffPresent, String roles, String toolsAvailable,
                               Boolean toolsWorking, String layoutRemarks, Boolean objectivesDisplayed, String ritualObserved,
                               Long version) implements Serializable {
}
