package io.terrain.dashboards.boundary;

import io.terrain.dashboards.api.Place;
import io.terrain.dashboards.api.Symmetry;
import io.terrain.dashboards.api.Symmetry.SitePair;
import io.terrain.dashboards.control.Correlation;
import io.terrain.dashboards.control.FiguresCache;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.network.api.Network;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteStatus;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.security.RequiresRole;
import io.terrain.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The symmetry of attentions at a place: its active sites' employee engagement against their customers' satisfaction
 * over a window (the last three full months by default). Every active site's value over the window is read from the
 * measurements (one to thirteen rows a site) once for all places and readers, and kept {@link FiguresCache#KEPT}; each
 * place's scatter and correlation are kept as long per place, KPIs, window and scope.
 */
@RequestScoped
@Transactional
@RequiresRole({Role.ADMIN, Role.PROGRAM_MANAGER, Role.EXECUTIVE, Role.LINE_MANAGER})
public class SymmetryFacade {

    static final String EMPLOYEE_KPI = "ENPS";
    static final String CUSTOMER_KPI = "CSAT";
    /** Sites listed as least engaged. */
    static final int LEAST_ENGAGED = 10;

    @Inject
    PlaceScope scope;

    @Inject
    Network network;

    @Inject
    Indicators indicators;

    @Inject
    FiguresCache cache;

    public Symmetry symmetry(Long unitId, String kpiEmployee, String kpiCustomer, LocalDate from, LocalDate to) {
        String employee = kpiEmployee == null || kpiEmployee.isBlank() ? EMPLOYEE_KPI : kpiEmployee.strip();
        String customer = kpiCustomer == null || kpiCustomer.isBlank() ? CUSTOMER_KPI : kpiCustomer.strip();
        LocalDate end = to == null ? LocalDate.now().withDayOfMonth(1).minusDays(1) : to;
        LocalDate start = from == null ? end.withDayOfMonth(1).minusMonths(2) : from;
        // Kept under what was asked and the reader's scope; the place and KPIs are checked when counted (a refusal is not kept).
        String key = "symmetry|" + (unitId == null ? "" : unitId) + "|" + employee + "|" + customer + "|" + start + "|" + end + "|"
                + scope.scopeKey();
        return cache.get(key, () -> {
            Place place = scope.resolve(unitId, null);
            check(employee, customer, start, end);
            return count(place, employee, customer, start, end);
        });
    }

    private void check(String employee, String customer, LocalDate start, LocalDate end) {
        Set<String> known = indicators.kpis().stream().map(KpiSummary::code).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        if (!known.contains(employee)) {
            problems.add(Problem.of("kpiEmployee", "dashboards.symmetry.kpi", employee));
        }
        if (!known.contains(customer)) {
            problems.add(Problem.of("kpiCustomer", "dashboards.symmetry.kpi", customer));
        }
        if (start.isAfter(end)) {
            problems.add(Problem.of("from", "feedback.period.reversed", start, end));
        }
        InvalidInput.ifAny(problems);
    }

    private Symmetry count(Place place, String employeeKpi, String customerKpi, LocalDate from, LocalDate to) {
        List<SitePlacement> active = network.sitePlacements().stream().filter(s -> s.status() == SiteStatus.ACTIVE).toList();
        List<SitePlacement> sites = active.stream().filter(s -> within(s, place) && scope.sees(s)).toList();
        Map<Long, Double> employee = networkValues(employeeKpi, active, from, to);
        Map<Long, Double> customer = networkValues(customerKpi, active, from, to);
        List<SitePair> pairs = sites.stream().filter(s -> employee.containsKey(s.siteId()) && customer.containsKey(s.siteId()))
                .sorted(Comparator.comparing(SitePlacement::code))
                .map(s -> new SitePair(s.siteId(), s.code(), employee.get(s.siteId()), customer.get(s.siteId()))).toList();
        Correlation correlation = Correlation.of(pairs.stream().mapToDouble(SitePair::employee).toArray(),
                pairs.stream().mapToDouble(SitePair::customer).toArray());
        List<SitePair> least = pairs.stream().sorted(Comparator.comparingDouble(SitePair::employee).thenComparing(SitePair::siteCode))
                .limit(LEAST_ENGAGED).toList();
        return new Symmetry(place, employeeKpi, customerKpi, from, to, pairs, pairs.size(), correlation == null ? null : correlation.r(),
                correlation == null ? null : correlation.ciLow(), correlation == null ? null : correlation.ciHigh(), least);
    }

    /**
     * Every active site's value of a KPI over the window, read once for all places and readers while kept: the places
     * and scopes only choose among them, so the measurements are read twice per counting, not twice per place.
     */
    private Map<Long, Double> networkValues(String kpi, List<SitePlacement> active, LocalDate from, LocalDate to) {
        return cache.get("site-values|" + kpi + "|" + from + "|" + to,
                () -> Map.copyOf(indicators.siteValues(kpi, active.stream().map(SitePlacement::siteId).toList(), from, to)));
    }

    private static boolean within(SitePlacement site, Place place) {
        return switch (place.level()) {
            case NETWORK -> true;
            case REGION -> place.id().equals(site.regionId());
            case SECTOR -> place.id().equals(site.sectorId());
            case SITE -> place.id().equals(site.siteId());
        };
    }
}
