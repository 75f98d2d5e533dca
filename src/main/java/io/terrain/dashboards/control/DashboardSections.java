package io.terrain.dashboards.control;

import io.terrain.coaches.api.SiteCoaching;
import io.terrain.dashboards.api.Alert;
import io.terrain.dashboards.api.AlertKind;
import io.terrain.dashboards.api.ExecutiveDashboard.Coaching;
import io.terrain.dashboards.api.ExecutiveDashboard.EventPoint;
import io.terrain.dashboards.api.ExecutiveDashboard.KpiImpact;
import io.terrain.dashboards.api.ExecutiveDashboard.LineManagement;
import io.terrain.dashboards.api.ExecutiveDashboard.MonthCount;
import io.terrain.dashboards.api.Place;
import io.terrain.dashboards.api.PlaceLevel;
import io.terrain.indicators.api.Estimate;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.indicators.api.StaggeredImpact;
import io.terrain.indicators.api.Verdict;
import io.terrain.waves.api.CoachWeek;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.api.PullRequestStatus;
import io.terrain.waves.api.PullRequestDated;
import io.terrain.waves.api.RolloutOverview.SiteState;
import io.terrain.waves.api.RolloutProgress;
import io.terrain.waves.api.UnitEngagement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The executive dashboard's sections, each put together from figures other modules have counted. */
public final class DashboardSections {

    /** Periods before adoption the sparkline shows (placebo effects): enough to see a pre-trend, not the whole history. */
    public static final int SPARKLINE_PERIODS_BEFORE = 8;

    /** Periods the adopted-against-not-yet trend shows: a year of weeks. */
    public static final int TREND_PERIODS = 52;

    private DashboardSections() {
    }

    /** At a region, its own measured effect (no event study: that is the whole plan's); elsewhere the plan's. */
    public static List<KpiImpact> impacts(List<PlanDraft.PlanKpi> planKpis, List<KpiSummary> catalogue, Map<String, StaggeredImpact> impacts,
                                          Place place) {
        Map<String, KpiSummary> kpis = catalogue.stream().collect(Collectors.toMap(KpiSummary::code, Function.identity()));
        List<KpiImpact> rows = new ArrayList<>();
        for (PlanDraft.PlanKpi kpi : planKpis) {
            if (!kpi.primary()) {
                continue;
            }
            KpiSummary k = kpis.get(kpi.kpiCode());
            StaggeredImpact impact = impacts.get(kpi.kpiCode());
            Estimate overall = impact == null ? null : impact.overall();
            Verdict verdict = impact == null ? null : impact.verdict();
            List<EventPoint> events = impact == null ? List.of() : impact.byEventTime().stream()
                    .filter(e -> e.eventTime() >= -SPARKLINE_PERIODS_BEFORE)
                    .map(e -> new EventPoint(e.eventTime(), e.att(), e.ciLow(), e.ciHigh())).toList();
            int adopted = impact == null ? 0 : impact.adoptedSites();
            if (impact != null && place.level() == PlaceLevel.REGION) {
                Optional<StaggeredImpact.GroupEffect> group = impact.byGroup().stream()
                        .filter(g -> RolloutProgress.IMPACT_BY_REGION.equals(g.dimension()) && g.group().equals(place.name())).findFirst();
                overall = group.map(StaggeredImpact.GroupEffect::overall).orElse(null);
                verdict = group.map(StaggeredImpact.GroupEffect::verdict).orElse(null);
                adopted = group.map(StaggeredImpact.GroupEffect::adoptedSites).orElse(0);
                events = List.of();
            }
            List<StaggeredImpact.TrendPoint> trend = impact == null ? List.of()
                    : impact.trend().subList(Math.max(0, impact.trend().size() - TREND_PERIODS), impact.trend().size());
            rows.add(new KpiImpact(kpi.kpiCode(), k == null ? kpi.kpiCode() : k.nameFr(), k == null ? kpi.kpiCode() : k.nameEn(),
                    k == null ? "" : k.unit(), overall, verdict, events, adopted, impact == null ? null : impact.computedAt(), trend));
        }
        return rows;
    }

    /** Engagement of the units within the place; requests about them (all of them at the network). */
    public static LineManagement lineManagement(List<UnitEngagement> units, List<PullRequestDated> allRequests, Set<Long> unitsWithin,
                                                Place place) {
        Map<String, Long> byLevel = new TreeMap<>();
        for (UnitEngagement unit : units) {
            byLevel.merge(unit.engagement() == null ? "NONE" : unit.engagement().name(), 1L, Long::sum);
        }
        List<Place> blocked = units.stream().filter(UnitEngagement::blocked)
                .map(u -> new Place(PlaceLevel.valueOf(u.level().name()), u.orgUnitId(), u.name())).toList();
        List<PullRequestDated> requests = allRequests.stream()
                .filter(r -> place.level() == PlaceLevel.NETWORK || (r.orgUnitId() != null && unitsWithin.contains(r.orgUnitId())))
                .toList();
        Map<YearMonth, Long> byMonth = new TreeMap<>();
        requests.forEach(r -> byMonth.merge(YearMonth.from(r.requestedOn()), 1L, Long::sum));
        return new LineManagement(byLevel, blocked, byMonth.entrySet().stream().map(e -> new MonthCount(e.getKey().toString(), e.getValue()))
                .toList(), requests.stream().filter(r -> r.status() == PullRequestStatus.OPEN).count());
    }

    /** Sites being worked on without a coach, and their visits over the last weeks. */
    public static Coaching coaching(List<SiteState> active, Map<Long, SiteCoaching> coached, List<CoachWeek> load, int weeks) {
        long without = active.stream().filter(s -> !coached.getOrDefault(s.siteId(), SiteCoaching.none(s.siteId())).coached()).count();
        long logged = coached.values().stream().mapToLong(SiteCoaching::visitsLogged).sum();
        long planned = coached.values().stream().mapToLong(SiteCoaching::visitsPlanned).sum();
        return new Coaching(active.size(), without, logged, planned, weeks, load);
    }

    /** The first alerts of each kind, as many as a page lists. */
    public static List<Alert> capped(List<Alert> alerts, int perKind) {
        Map<AlertKind, Integer> listed = new EnumMap<>(AlertKind.class);
        List<Alert> kept = new ArrayList<>();
        for (Alert alert : alerts) {
            if (listed.merge(alert.kind(), 1, Integer::sum) <= perKind) {
                kept.add(alert);
            }
        }
        return kept;
    }

    public static Map<AlertKind, Integer> countByKind(List<Alert> alerts) {
        Map<AlertKind, Integer> counts = new EnumMap<>(AlertKind.class);
        alerts.forEach(a -> counts.merge(a.kind(), 1, Integer::sum));
        return counts;
    }
}
