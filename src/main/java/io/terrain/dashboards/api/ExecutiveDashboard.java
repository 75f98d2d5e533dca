package io.terrain.dashboards.api;

import io.terrain.indicators.api.Estimate;
import io.terrain.indicators.api.StaggeredImpact.TrendPoint;
import io.terrain.indicators.api.Verdict;
import io.terrain.waves.api.CoachWeek;
import io.terrain.waves.api.EngagementLevel;
import io.terrain.waves.api.PlanStatus;
import io.terrain.waves.api.RolloutOverview.AdoptionPoint;
import io.terrain.waves.api.RolloutOverview.StatusCounts;
import io.terrain.waves.api.RolloutOverview.WaveProgress;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What an executive steers a rollout plan from, at one place of the network: coverage, the adoption curve, waves,
 * impact, the adoption × impact matrix, line management, coaches and alerts. Every count is of the caller's scope.
 *
 * @param breadcrumb the places above this one, the network first
 * @param parts      the places one level down, with their counts (sites, when the place is a sector)
 * @param alertCount alerts per kind before listing caps them
 * @param computedAt when these figures were counted (they are kept a short while)
 */
public record ExecutiveDashboard(PlanRef plan, List<PlanRef> plans, Place place, List<Place> breadcrumb, LocalDate today,
                                 StatusCounts coverage, List<AdoptionPoint> curve, List<WaveRow> waves, List<KpiImpact> impacts,
                                 List<MatrixPoint> matrix, List<MatrixPoint> matrixByWave, List<PartRow> parts, LineManagement lineManagement, Coaching coaching,
                                 List<Alert> alerts, Map<AlertKind, Integer> alertCount, LocalDateTime computedAt)
        implements Serializable {

    public ExecutiveDashboard {
        plans = List.copyOf(plans);
        breadcrumb = List.copyOf(breadcrumb);
        curve = List.copyOf(curve);
        waves = List.copyOf(waves);
        impacts = List.copyOf(impacts);
        matrix = List.copyOf(matrix);
        matrixByWave = List.copyOf(matrixByWave);
        parts = List.copyOf(parts);
        alerts = List.copyOf(alerts);
        alertCount = Map.copyOf(alertCount);
    }

    public record PlanRef(long id, String name, PlanStatus status) implements Serializable {
    }

    /** A wave in the place; late when past its go-live by more than the grace days with sites not adopted. */
    public record WaveRow(WaveProgress wave, boolean late, long daysLate) implements Serializable {
    }

    /**
     * A primary KPI's impact as last stored (null {@code overall} while it is being computed): the overall effect, its
     * verdict, the event study (effect per period since adoption) for a sparkline, and the KPI's trend over the last
     * periods at sites already adopted against sites not yet adopted.
     */
    public record KpiImpact(String kpiCode, String nameFr, String nameEn, String unit, Estimate overall, Verdict verdict, List<EventPoint> eventStudy,
                            int adoptedSites, LocalDateTime computedAt, List<TrendPoint> trend) implements Serializable {

        public KpiImpact {
            eventStudy = List.copyOf(eventStudy);
            trend = List.copyOf(trend);
        }
    }

    public record EventPoint(int eventTime, double att, double ciLow, double ciHigh) implements Serializable {
    }

    /** Where a region (or a wave) stands: its adoption rate against its measured effect on the first primary KPI. */
    public record MatrixPoint(String group, Long placeId, double adoptionRate, Estimate effect, Verdict verdict, Quadrant quadrant)
            implements Serializable {
    }

    /** Adopted: at least the adoption threshold; working: measured better (the interval excludes no effect). */
    public enum Quadrant {
        ADOPTED_WORKING,
        ADOPTED_NO_EFFECT,
        LAGGING_WORKING,
        LAGGING
    }

    /** A place one level down, with its counts, its engagement (regions and sectors) and whether it is blocked. */
    public record PartRow(Place place, StatusCounts counts, EngagementLevel engagement, boolean blocked) implements Serializable {
    }

    /** Units by engagement level (null key: not noted), blocked units, pull requests asked per month and still open. */
    public record LineManagement(Map<String, Long> unitsByLevel, List<Place> blockedUnits, List<MonthCount> pullRequestsByMonth,
                                 long openPullRequests) implements Serializable {

        public LineManagement {
            unitsByLevel = Map.copyOf(unitsByLevel);
            blockedUnits = List.copyOf(blockedUnits);
            pullRequestsByMonth = List.copyOf(pullRequestsByMonth);
        }
    }

    public record MonthCount(String month, long count) implements Serializable {
    }

    /**
     * The sites being worked on and their coaching: how many have no coach, visits logged against visits planned over
     * the last weeks, and the plan's coach load per week (needed against given days).
     */
    public record Coaching(long activeSites, long sitesWithoutCoach, long visitsLogged, long visitsPlanned, int weeks,
                           List<CoachWeek> load) implements Serializable {

        public Coaching {
            load = List.copyOf(load);
        }
    }
}
