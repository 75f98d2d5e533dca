package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.time.LocalDate;

/** The organizational context of a site on the day of observation; one per site and day (sent again, it is updated). */
public record SiteContextDraft(Long siteId, LocalDate observedOn, Integer staffPresent, String roles, String toolsAvailable,
                               Boolean toolsWorking, String layoutRemarks, Boolean objectivesDisplayed, String ritualObserved)
        implements Serializable {
}
