package io.terrain.dashboards.api;

import java.io.Serializable;

/**
 * The monthly schedule's work for a month, run on one instance: whether this instance wrote the month's report
 * ({@code reportId} then given) or found it written by another (every instance's timer fires; one writes).
 */
public record ScheduledReportRun(String month, boolean writtenHere, Long reportId) implements Serializable {
}
