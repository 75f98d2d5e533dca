package io.terrain.dashboards.api;

import io.terrain.dashboards.api.ExecutiveDashboard.PlanRef;
import io.terrain.indicators.api.Estimate;
import io.terrain.indicators.api.Verdict;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the monthly direction report says about a month: each KPI for the network and by region (from the roll-ups),
 * the customers' feedback by contact channel, each rollout plan's progress and measured impact, and the verbatim
 * categories that weigh most with their trend against the month before.
 */
public record MonthlyFigures(LocalDate month, List<KpiRow> kpis, List<String> regions, List<ChannelRow> channels,
                             List<PlanRow> plans, List<CategoryRow> categories) implements Serializable {

    public MonthlyFigures {
        kpis = List.copyOf(kpis);
        regions = List.copyOf(regions);
        channels = List.copyOf(channels);
        plans = List.copyOf(plans);
        categories = List.copyOf(categories);
    }

    /** A KPI's value over the month for the network and each region (by name; absent where not measured). */
    public record KpiRow(String kpiCode, String nameFr, String nameEn, String unit, Double network, Map<String, Double> byRegion)
            implements Serializable {

        public KpiRow {
            byRegion = Map.copyOf(byRegion);
        }
    }

    /** Responses of the month through a channel, and their mean CSAT (null: none gave one). */
    public record ChannelRow(FeedbackChannel channel, long responses, Double csatMean) implements Serializable {
    }

    /** A plan's sites and adopted sites at the month's end, and each primary KPI's effect as stored. */
    public record PlanRow(PlanRef plan, long sites, long adopted, List<ImpactRow> impacts) implements Serializable {

        public PlanRow {
            impacts = List.copyOf(impacts);
        }
    }

    public record ImpactRow(String kpiCode, Estimate effect, Verdict verdict) implements Serializable {
    }

    /** A verbatim category: responses of the month with words in it, and of the month before. */
    public record CategoryRow(String category, long thisMonth, long monthBefore) implements Serializable {
    }
}
