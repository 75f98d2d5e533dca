package io.terrain.indicators.api;

import java.time.LocalDate;
import java.util.List;

/** What other modules (pilots, waves, dashboards) may ask of the indicators. */
public interface Indicators {

    List<KpiSummary> kpis();

    /**
     * Imports a file of measurements (CSV, or JSON when its name ends in .json) as the measurements
     * import does: every row checked, written all or nothing or only the valid rows as asked.
     */
    MeasurementImportReport importMeasurements(java.nio.file.Path file, String fileName, ImportMode mode, boolean dryRun,
                                               io.terrain.platform.api.Progress progress);

    /** The impact engine: difference-in-differences of treated against control sites. */
    ImpactResult impact(ImpactQuery query);

    /**
     * The impact of a staggered rollout (Callaway &amp; Sant'Anna group-time effects and their
     * aggregates); null when the KPI has no two periods measured or no adoption cohort can be measured.
     */
    StaggeredImpact staggeredImpact(StaggeredQuery query);

    /** A KPI per period for the network (scope NETWORK, key ALL), a region or sector (key: its id), or a segment. */
    List<SeriesPoint> series(String kpiCode, String scope, String key, LocalDate from, LocalDate to);

    List<SeriesPoint> siteSeries(String kpiCode, long siteId, LocalDate from, LocalDate to);

    /**
     * Every KPI's values at one site over a window, by KPI code (KPIs without a measurement there left out): for modules
     * that show a site's own figures to its team; they decide who may see which site.
     */
    java.util.Map<String, List<SeriesPoint>> siteValuesByKpi(long siteId, LocalDate from, LocalDate to);

    /**
     * Each site's value of a KPI over a window (mean of values, ratio of sums, NPS from counts, as the
     * KPI aggregates); sites without a measurement in the window are left out. For pilot design.
     */
    java.util.Map<Long, Double> siteValues(String kpiCode, java.util.Collection<Long> siteIds, LocalDate from, LocalDate to);

    /**
     * The same, window by window: each site's value in each window of {@code windowDays} days from {@code from} to
     * {@code to}, keyed by the window's first day (windows without a measurement are left out). One query for a whole
     * chart, instead of one per window.
     */
    java.util.Map<LocalDate, java.util.Map<Long, Double>> siteValuesByWindow(String kpiCode, java.util.Collection<Long> siteIds,
                                                                            LocalDate from, LocalDate to, int windowDays);
}
