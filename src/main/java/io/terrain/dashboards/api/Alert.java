package io.terrain.dashboards.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One alert: its kind, what it is about ({@code subject}: a wave code, site code, unit or region name, a KPI code),
 * since when or for which day, the figure that set it off (days late, days blocked, items overdue, days without a
 * visit, needed over given coach days in percent, the effect) and the page to act on it (relative to the application).
 */
public record Alert(AlertKind kind, String subject, LocalDate date, double figure, String link) implements Serializable {
}
