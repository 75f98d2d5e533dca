package io.terrain.indicators.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Callaway &amp; Sant'Anna (2021) group-time effects of a staggered rollout and their aggregates
 * (overall, by cohort, by time since adoption, by calendar period), each with its
 * influence-function standard error and 95 % interval, and the pre-trend Wald test.
 *
 * @param overall          every post-adoption cell, weighted by cohort size ("simple")
 * @param overallOfCohorts the by-cohort effects weighted by cohort size ("group")
 * @param overallOfEventTimes the mean of the post-adoption event-time effects ("dynamic")
 * @param overallOfPeriods the mean of the calendar-period effects ("calendar")
 * @param sites            perimeter sites in the analysis
 * @param adoptedSites     of which in an adoption cohort that can be measured
 * @param excludedSites    perimeter sites left out: adopted on or before the first measured period
 *                         (no period before adoption to compare with) or never measured
 * @param byGroup          the overall effect within each group asked for (heterogeneity)
 * @param trend            the KPI's mean per period over sites already adopted and over sites not yet adopted
 * @param worsenedSites    adopted sites whose KPI went the wrong way since adoption beyond their own noise, the
 *                         clearest first (at most {@value #WORSENED_LISTED})
 */
public record StaggeredImpact(String kpiCode, Comparison comparison, Direction direction, Granularity granularity,
                              Estimate overall, Verdict verdict,
                              List<CohortEffect> byCohort, Estimate overallOfCohorts,
                              List<EventTimeEffect> byEventTime, Estimate overallOfEventTimes,
                              List<PeriodEffect> byPeriod, Estimate overallOfPeriods,
                              List<Cell> cells, Pretrend pretrend,
                              int sites, int adoptedSites, int excludedSites, LocalDateTime computedAt,
                              List<GroupEffect> byGroup, List<TrendPoint> trend, List<SiteChange> worsenedSites)
        implements Serializable {

    /** Worsened sites kept with a result: enough for every alert list, bounded for a 20,000-site network. */
    public static final int WORSENED_LISTED = 500;

    public StaggeredImpact {
        byGroup = byGroup == null ? List.of() : List.copyOf(byGroup);
        // Results stored before these were computed read back without them.
        trend = trend == null ? List.of() : List.copyOf(trend);
        worsenedSites = worsenedSites == null ? List.of() : List.copyOf(worsenedSites);
        byCohort = List.copyOf(byCohort);
        byEventTime = List.copyOf(byEventTime);
        byPeriod = List.copyOf(byPeriod);
        cells = List.copyOf(cells);
    }

    /** ATT(g,t): the cohort adopting in period g, in period t, against its base period (g−1 after adoption, t−1 before). */
    public record Cell(LocalDate cohort, LocalDate period, int eventTime, int treatedSites, int comparisonSites,
                       double att, double se, double ciLow, double ciHigh) implements Serializable {
    }

    public record CohortEffect(LocalDate cohort, int sites, double att, double se, double ciLow, double ciHigh)
            implements Serializable {
    }

    /**
     * The overall effect within one group of sites (a segment, a kind, a region): {@code overall} and {@code verdict}
     * null while fewer than {@value StaggeredImpact#GROUP_MIN_ADOPTED} of its sites adopted in a measurable cohort.
     */
    public record GroupEffect(String dimension, String group, int sites, int adoptedSites, Estimate overall, Verdict verdict)
            implements Serializable {
    }

    /** A period's mean KPI over the sites adopted by then and over the others (null where none is measured). */
    public record TrendPoint(LocalDate period, Double adoptedMean, int adoptedSites, Double notYetMean, int notYetSites)
            implements Serializable {
    }

    /**
     * An adopted site's KPI over up to 8 periods before and after adoption, each period's value less the not-yet sites'
     * mean: {@code change} is after minus before, {@code t} Welch's statistic of it.
     */
    public record SiteChange(long siteId, double before, double after, double change, double t) implements Serializable {
    }

    /** A group's effect is measured from so many adopted sites on: fewer make an interval too wide to read. */
    public static final int GROUP_MIN_ADOPTED = 5;

    /** Periods since adoption: 0 is the adoption period, negative ones are placebo (pre-adoption) effects. */
    public record EventTimeEffect(int eventTime, double att, double se, double ciLow, double ciHigh) implements Serializable {
    }

    public record PeriodEffect(LocalDate period, double att, double se, double ciLow, double ciHigh) implements Serializable {
    }

    /**
     * Wald test that the pre-adoption cells are all zero (chi-squared with {@code cells} degrees of
     * freedom); statistic and p-value are null when there are none or their covariance is singular.
     */
    public record Pretrend(Double statistic, Double pValue, int cells) implements Serializable {
    }
}
