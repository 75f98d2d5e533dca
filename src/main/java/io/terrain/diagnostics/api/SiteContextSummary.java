package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.time.LocalDate;

public record SiteContextSummary(long id, long siteId, String siteName, LocalDate observedOn, long observerId,
                                 Integer staffPresent, String roles, String toolsAvailable, Boolean toolsWorking,
                                 String layoutRemarks, Boolean objectivesDisplayed, String ritualObserved, long version)
        implements Serializable {
}
