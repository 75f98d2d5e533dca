package io.terrain.dashboards.api;

import io.terrain.coaches.api.NextVisit;
import io.terrain.indicators.api.Direction;
import io.terrain.waves.api.DueItem;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A site's day, for its team and its line managers: its KPIs (the last period measured against the one before and
 * against target), its latest customer feedback in treatment order, its checklist items due, its coach's next visit.
 *
 * @param feedbackCount responses of the last {@code feedbackDays} days (the list holds the first of them)
 */
public record SiteDay(Place site, LocalDate today, List<KpiNow> kpis, List<FeedbackResponse> feedback, long feedbackCount,
                      int feedbackDays, List<DueItem> dueItems, NextVisit nextVisit) implements Serializable {

    public SiteDay {
        kpis = List.copyOf(kpis);
        feedback = List.copyOf(feedback);
        dueItems = List.copyOf(dueItems);
    }

    /** Read with the KPI's direction: better, worse or the same as the period before. */
    public enum Trend { BETTER, WORSE, SAME }

    /**
     * A KPI at the site: its last measured period and value, the period before (null: not measured), its target (null:
     * none) and whether the value meets it.
     */
    public record KpiNow(String kpiCode, String nameFr, String nameEn, String unit, Direction direction, LocalDate period, double value,
                         LocalDate previousPeriod, Double previous, Double target, Trend trend, Boolean onTarget) implements Serializable {
    }
}
