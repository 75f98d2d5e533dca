package io.terrain.indicators.api;

import java.time.LocalDate;
import java.util.List;

/** What other modules (pilots, waves, dashboards) may ask of the indicators. */
public interface Indicators {

    List<KpiSummary> kpis();

    /** The impact engine: difference-in-differences of treated against control sites. */
    ImpactResult impact(ImpactQuery query);

    /** A KPI per period for the network (scope NETWORK, key ALL), a region or sector (key: its id), or a segment. */
    List<SeriesPoint> series(String kpiCode, String scope, String key, LocalDate from, LocalDate to);

    List<SeriesPoint> siteSeries(String kpiCode, long siteId, LocalDate from, LocalDate to);
}
