package io.terrain.dashboards.api;

/** What a dashboard warns about; each alert links to the page where one acts on it. */
public enum AlertKind {
    /** A wave past its go-live by more than the grace days with sites not adopted. */
    WAVE_LATE,
    /** A site blocked for more than the days allowed. */
    SITE_BLOCKED,
    /** An org unit blocked for more than the days allowed. */
    UNIT_BLOCKED,
    /** A wave's checklist items past their due date and still open. */
    CHECKLIST_OVERDUE,
    /** A site in progress without a logged visit for more than the weeks allowed. */
    NO_RECENT_VISIT,
    /** A week ahead where the running waves' sites need more coach days than their coaches give. */
    COACH_OVER_CAPACITY,
    /** A primary KPI measured worse at adopted sites than at not-yet-adopted ones (overall or in a region). */
    IMPACT_WORSENED,
    /** An adopted site whose primary KPI went the wrong way since adoption, beyond its own noise. */
    SITE_KPI_WORSENED
}
