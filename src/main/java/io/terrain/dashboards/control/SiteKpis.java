package io.terrain.dashboards.control;

import io.terrain.dashboards.api.SiteDay.KpiNow;
import io.terrain.dashboards.api.SiteDay.Trend;
import io.terrain.indicators.api.Direction;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.indicators.api.SeriesPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A site's KPIs as its team reads them each day: the last period against the one before, and against target. */
public final class SiteKpis {

    private SiteKpis() {
    }

    /** In catalogue order, the KPIs measured at the site; values by KPI code, periods in order. */
    public static List<KpiNow> of(List<KpiSummary> catalogue, Map<String, List<SeriesPoint>> values) {
        List<KpiNow> kpis = new ArrayList<>();
        for (KpiSummary kpi : catalogue) {
            List<SeriesPoint> points = values.getOrDefault(kpi.code(), List.of()).stream().filter(p -> p.value() != null).toList();
            if (points.isEmpty()) {
                continue;
            }
            SeriesPoint last = points.get(points.size() - 1);
            SeriesPoint before = points.size() > 1 ? points.get(points.size() - 2) : null;
            boolean higherBetter = kpi.direction() == Direction.HIGHER_IS_BETTER;
            Trend trend = before == null ? null : trend(last.value(), before.value(), higherBetter);
            Boolean onTarget = kpi.target() == null ? null : higherBetter ? last.value() >= kpi.target() : last.value() <= kpi.target();
            kpis.add(new KpiNow(kpi.code(), kpi.nameFr(), kpi.nameEn(), kpi.unit(), kpi.direction(), last.periodStart(), last.value(),
                    before == null ? null : before.periodStart(), before == null ? null : before.value(), kpi.target(), trend, onTarget));
        }
        return kpis;
    }

    static Trend trend(double now, double before, boolean higherBetter) {
        int compared = Double.compare(now, before);
        if (compared == 0) {
            return Trend.SAME;
        }
        return (compared > 0) == higherBetter ? Trend.BETTER : Trend.WORSE;
    }
}
