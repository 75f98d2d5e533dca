package io.terrain.dashboards.boundary;

import io.terrain.coaches.api.CoachingFigures;
import io.terrain.coaches.api.SiteCoaching;
import io.terrain.dashboards.api.Alert;
import io.terrain.dashboards.api.DashboardFigures;
import io.terrain.dashboards.api.ExecutiveDashboard;
import io.terrain.dashboards.api.ExecutiveDashboard.Coaching;
import io.terrain.dashboards.api.ExecutiveDashboard.LineManagement;
import io.terrain.dashboards.api.ExecutiveDashboard.MatrixPoint;
import io.terrain.dashboards.api.ExecutiveDashboard.PartRow;
import io.terrain.dashboards.api.ExecutiveDashboard.PlanRef;
import io.terrain.dashboards.api.ExecutiveDashboard.WaveRow;
import io.terrain.dashboards.api.Place;
import io.terrain.dashboards.api.PlaceLevel;
import io.terrain.dashboards.control.AdoptionMatrix;
import io.terrain.dashboards.control.AlertRules;
import io.terrain.dashboards.control.AlertThresholds;
import io.terrain.dashboards.control.DashboardSections;
import io.terrain.dashboards.control.FiguresCache;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.StaggeredImpact;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import io.terrain.waves.api.CoachWeek;
import io.terrain.waves.api.PlanChoice;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.api.PlanStatus;
import io.terrain.waves.api.RolloutOverview;
import io.terrain.waves.api.RolloutOverview.SiteState;
import io.terrain.waves.api.RolloutOverview.StatusCounts;
import io.terrain.waves.api.RolloutProgress;
import io.terrain.waves.api.UnitEngagement;
import io.terrain.waves.api.Waves;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The executive dashboard and its alerts: a rollout plan at one place of the network, put together from the waves'
 * grouped counts and stored impacts, the coaches' grouped visit counts and the network's tree; kept
 * {@link FiguresCache#KEPT} per plan, place and scope.
 */
@RequestScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
public class ExecutiveDashboardFacade {

    /** Alerts of one kind listed on the dashboard; the alerts list has them all, and the count says how many. */
    static final int ALERTS_LISTED_PER_KIND = 20;

    /** Visits logged against planned are counted over these last weeks. */
    static final int VISIT_WEEKS = 4;

    @Inject
    Waves waves;

    @Inject
    RolloutProgress rollout;

    @Inject
    CoachingFigures coaching;

    @Inject
    Indicators indicators;

    @Inject
    PlaceScope scope;

    @Inject
    FiguresCache cache;

    @Inject
    @ConfigProperty(name = "terrain.dashboards.wave-grace-days", defaultValue = "14")
    int waveGraceDays;

    @Inject
    @ConfigProperty(name = "terrain.dashboards.blocked-days", defaultValue = "14")
    int blockedDays;

    @Inject
    @ConfigProperty(name = "terrain.dashboards.visit-weeks", defaultValue = "3")
    int visitWeeks;

    @Inject
    @ConfigProperty(name = "terrain.dashboards.load-weeks-ahead", defaultValue = "4")
    int loadWeeksAhead;

    @Inject
    @ConfigProperty(name = "terrain.dashboards.adoption-threshold", defaultValue = "0.5")
    double adoptionThreshold;

    /** The JSON the API answers, as JAX-RS would write it (Terrain's JSON-B configuration only adds readers). */
    private static final Jsonb JSON = JsonbBuilder.create();

    /**
     * What a dashboard is counted from, kept whole: the page shows alerts capped per kind, the alerts list all of them.
     * Its JSON is written once, by the first API reader, and served to every other one while the figures are kept.
     */
    private static final class Figures {
        private final DashboardFigures page;
        private final List<Alert> alerts;
        private volatile String json;

        Figures(ExecutiveDashboard dashboard, List<Alert> alerts) {
            this.page = new DashboardFigures(dashboard);
            this.alerts = List.copyOf(alerts);
        }

        ExecutiveDashboard dashboard() {
            return page.dashboard();
        }

        List<Alert> alerts() {
            return alerts;
        }

        String json() {
            String written = json;
            if (written == null) {
                // Two first readers may both write it: the same text, no lock needed.
                written = JSON.toJson(dashboard());
                json = written;
            }
            return written;
        }
    }

    /**
     * The dashboard of a plan (null: the first active plan the caller sees) at a unit or site (neither: the network, or a
     * line manager's highest unit). A caller seeing no plan gets the dashboard's empty state.
     */
    public ExecutiveDashboard executive(Long planId, Long unitId, Long siteId) {
        return figures(planId, unitId, siteId).dashboard();
    }

    /** The same dashboard for a screen, which keeps its charts with the figures. */
    public DashboardFigures executiveFigures(Long planId, Long unitId, Long siteId) {
        return figures(planId, unitId, siteId).page;
    }

    /** The same dashboard as its JSON, written once per counting. */
    public String executiveJson(Long planId, Long unitId, Long siteId) {
        return figures(planId, unitId, siteId).json();
    }

    public List<Alert> alerts(Long planId, Long unitId, Long siteId) {
        return figures(planId, unitId, siteId).alerts();
    }

    /**
     * Kept under the address asked for and the reader's scope: the place is resolved (and checked against the scope)
     * when the figures are counted, so a reader of kept figures costs no query. A place refused is never kept.
     */
    private Figures figures(Long planId, Long unitId, Long siteId) {
        String key = (planId == null ? "first" : planId) + "|" + (unitId == null ? "" : unitId) + "|" + (siteId == null ? "" : siteId) + "|"
                + scope.scopeKey();
        return cache.get(key, () -> {
            Place place = scope.resolve(unitId, siteId);
            List<PlanChoice> plans = waves.planChoices();
            return count(plans, choose(plans, planId).orElse(null), place);
        });
    }

    private static Optional<PlanChoice> choose(List<PlanChoice> plans, Long planId) {
        if (planId != null) {
            return Optional.of(plans.stream().filter(p -> p.id() == planId).findFirst().orElseThrow(() -> new NotFound("RolloutPlan", planId)));
        }
        return plans.stream().filter(p -> p.status() == PlanStatus.ACTIVE).findFirst().or(() -> plans.stream().findFirst());
    }

    private Figures count(List<PlanChoice> plans, PlanChoice plan, Place place) {
        LocalDate today = LocalDate.now();
        List<PlanRef> planRefs = plans.stream().map(p -> new PlanRef(p.id(), p.name(), p.status())).toList();
        List<Place> breadcrumb = scope.breadcrumb(place);
        if (plan == null) {
            return new Figures(new ExecutiveDashboard(null, planRefs, place, breadcrumb, today, StatusCounts.NONE, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), new LineManagement(Map.of(), List.of(), List.of(), 0),
                    new Coaching(0, 0, 0, 0, VISIT_WEEKS, List.of()), List.of(), Map.of(), LocalDateTime.now()), List.of());
        }
        AlertThresholds thresholds = new AlertThresholds(waveGraceDays, blockedDays, visitWeeks, loadWeeksAhead, adoptionThreshold);
        RolloutOverview overview = rollout.overview(plan.id(), scope.rolloutPlace(place), today);
        Set<Long> unitsWithin = scope.unitsWithin(place);
        // The plan's units and impacts are the same at every place: counted once for all the places read meanwhile.
        List<UnitEngagement> planUnits = cache.get("units|" + plan.id() + "|" + scope.scopeKey(), () -> rollout.engagement(plan.id()));
        List<UnitEngagement> units = planUnits.stream().filter(u -> unitsWithin.contains(u.orgUnitId())).toList();
        Map<Long, UnitEngagement> unitById = units.stream().collect(Collectors.toMap(UnitEngagement::orgUnitId, Function.identity()));
        List<PartRow> parts = parts(place, overview, unitById);
        Map<String, StaggeredImpact> impacts = cache.get("impacts|" + plan.id(), () -> primaryImpacts(plan));
        AlertRules rules = new AlertRules(plan.id(), today, thresholds);
        List<WaveRow> waveRows = overview.waves().stream().map(w -> new WaveRow(w, rules.daysLate(w) > 0, rules.daysLate(w))).toList();
        Map<Long, SiteCoaching> coached = coaching.coaching(overview.activeSites().stream().map(SiteState::siteId).toList(), today,
                today.minusWeeks(VISIT_WEEKS).plusDays(1), today);
        List<CoachWeek> load = place.level() == PlaceLevel.NETWORK ? rollout.coachLoad(plan.id()) : List.of();
        List<String> regionsShown = place.level() == PlaceLevel.NETWORK ? parts.stream().map(p -> p.place().name()).toList()
                : place.level() == PlaceLevel.REGION ? List.of(place.name()) : List.of();
        rules.waves(overview.waves()).blockedSites(overview.blocked()).blockedUnits(units).visits(overview.activeSites(), coached)
                .coachLoad(load);
        Map<Long, String> worsenedHere = scope.sitesWithin(place, impacts.values().stream()
                .flatMap(i -> i.worsenedSites().stream()).map(StaggeredImpact.SiteChange::siteId).collect(Collectors.toSet()));
        impacts.values().forEach(i -> rules.impact(i, regionsShown).worsenedSites(i, worsenedHere));
        List<Alert> alerts = rules.alerts();
        ExecutiveDashboard dashboard = new ExecutiveDashboard(new PlanRef(plan.id(), plan.name(), plan.status()), planRefs, place,
                breadcrumb, today, overview.counts(), overview.curve(), waveRows,
                DashboardSections.impacts(plan.kpis(), indicators.kpis(), impacts, place), matrix(place, parts, impacts, plan),
                place.level() == PlaceLevel.NETWORK ? AdoptionMatrix.byWave(overview.waves(), firstPrimary(impacts, plan), adoptionThreshold)
                        : List.of(), parts,
                DashboardSections.lineManagement(units, rollout.pullRequests(plan.id()), unitsWithin, place),
                DashboardSections.coaching(overview.activeSites(), coached, load, VISIT_WEEKS),
                DashboardSections.capped(alerts, ALERTS_LISTED_PER_KIND), DashboardSections.countByKind(alerts), LocalDateTime.now());
        return new Figures(dashboard, alerts);
    }

    private List<PartRow> parts(Place place, RolloutOverview overview, Map<Long, UnitEngagement> units) {
        PlaceLevel below = switch (place.level()) {
            case NETWORK -> PlaceLevel.REGION;
            case REGION -> PlaceLevel.SECTOR;
            case SECTOR, SITE -> PlaceLevel.SITE;
        };
        List<PartRow> rows = new ArrayList<>();
        for (RolloutOverview.PartProgress part : overview.parts()) {
            String name = below == PlaceLevel.SITE ? part.siteCode() : scope.unitName(part.id()).orElse("#" + part.id());
            UnitEngagement unit = below == PlaceLevel.SITE ? null : units.get(part.id());
            rows.add(new PartRow(new Place(below, part.id(), name), part.counts(), unit == null ? null : unit.engagement(),
                    unit != null && unit.blocked()));
        }
        rows.sort(Comparator.comparing(r -> r.place().name()));
        return rows;
    }

    /** Each primary KPI's stored impact against not-yet-adopted sites, by code (absent while being computed). */
    private Map<String, StaggeredImpact> primaryImpacts(PlanChoice plan) {
        Map<String, StaggeredImpact> impacts = new LinkedHashMap<>();
        for (PlanDraft.PlanKpi kpi : plan.kpis()) {
            if (kpi.primary()) {
                rollout.storedImpact(plan.id(), kpi.kpiCode()).ifPresent(i -> impacts.put(kpi.kpiCode(), i));
            }
        }
        return Collections.unmodifiableMap(impacts);
    }

    /** The regions of the network placed by adoption and by the first primary KPI's effect; only at the network. */
    private List<MatrixPoint> matrix(Place place, List<PartRow> parts, Map<String, StaggeredImpact> impacts, PlanChoice plan) {
        if (place.level() != PlaceLevel.NETWORK) {
            return List.of();
        }
        Map<Long, Map.Entry<String, StatusCounts>> regions = new LinkedHashMap<>();
        parts.forEach(p -> regions.put(p.place().id(), Map.entry(p.place().name(), p.counts())));
        return AdoptionMatrix.byRegion(regions, firstPrimary(impacts, plan), adoptionThreshold);
    }

    /** The matrices read the first primary KPI's impact (null while it is not measured). */
    private static StaggeredImpact firstPrimary(Map<String, StaggeredImpact> impacts, PlanChoice plan) {
        return plan.kpis().stream().filter(PlanDraft.PlanKpi::primary).map(k -> impacts.get(k.kpiCode())).filter(i -> i != null).findFirst()
                .orElse(null);
    }

}
