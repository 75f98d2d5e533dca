package io.terrain.indicators.control;

import io.terrain.indicators.api.Estimate;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.indicators.api.StaggeredImpact;
import io.terrain.indicators.api.StaggeredQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Builds the panel of a staggered rollout (perimeter sites × the KPI's measured periods, each site's
 * adoption cohort) and runs {@link CallawaySantAnna} on it.
 */
@ApplicationScoped
public class StaggeredAnalysis {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final Logger LOG = Logger.getLogger(StaggeredAnalysis.class.getName());

    @Inject
    MeasurementStore measurements;

    @Inject
    KpiPanel panel;

    /** The impact, or null when the KPI has no measurement or no cohort can be measured yet. */
    public StaggeredImpact analyse(KpiSummary kpi, StaggeredQuery query) throws SQLException {
        // Up to the current period: a value dated in the future (a typo, a test file) is no measure of what adoption did.
        List<LocalDate> periods = measurements.measuredPeriods(kpi.id(), kpi.granularity(), EARLIEST, LocalDate.now());
        if (periods.size() < 2) {
            return null;
        }
        Map<LocalDate, Integer> periodIndex = new HashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            periodIndex.put(periods.get(i), i);
        }
        LocalDate last = periods.get(periods.size() - 1);
        // Sites adopting in or before the first period have no "before" to compare with: left out, as did does.
        List<Long> sites = new ArrayList<>();
        List<Integer> cohorts = new ArrayList<>();
        int excluded = 0;
        for (long siteId : new TreeSet<>(query.siteIds())) {
            LocalDate adoptedOn = query.adoptedOn().get(siteId);
            int cohort = CallawaySantAnna.NEVER;
            if (adoptedOn != null) {
                LocalDate period = kpi.granularity().firstPeriodFrom(adoptedOn);
                if (!period.isAfter(periods.get(0))) {
                    excluded++;
                    continue;
                }
                cohort = period.isAfter(last) ? CallawaySantAnna.NEVER : periodIndex.get(period);
            }
            sites.add(siteId);
            cohorts.add(cohort);
        }
        long[] siteIds = sites.stream().mapToLong(Long::longValue).toArray(); // ascending: from a TreeSet
        long started = System.nanoTime();
        double[][] columns = panel.read(kpi.id(), siteIds, periods);
        long read = System.nanoTime();
        // Sites never measured carry no information; keeping them would shrink every cohort's share.
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < siteIds.length; i++) {
            if (measuredOnce(columns, i)) {
                kept.add(i);
            } else {
                excluded++;
            }
        }
        double[][] keptColumns = new double[periods.size()][kept.size()];
        List<Integer> keptCohorts = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            keptCohorts.add(cohorts.get(i));
            for (int t = 0; t < periods.size(); t++) {
                keptColumns[t][k] = columns[t][i];
            }
        }
        int[] cohortOf = keptCohorts.stream().mapToInt(Integer::intValue).toArray();
        CallawaySantAnna.Result r = CallawaySantAnna.ofColumns(periods, keptColumns, cohortOf, query.comparison()).estimate();
        if (r == null) {
            return null;
        }
        long estimated = System.nanoTime();
        int adopted = (int) keptCohorts.stream().filter(g -> g != CallawaySantAnna.NEVER).count();
        long[] keptSites = kept.stream().mapToLong(i -> siteIds[i]).toArray();
        List<StaggeredImpact.GroupEffect> byGroup = byGroup(kpi, query, periods, keptSites, keptColumns, cohortOf);
        List<StaggeredImpact.TrendPoint> trend = AdoptedAgainstNotYet.trend(periods, keptColumns, cohortOf);
        List<StaggeredImpact.SiteChange> worsened = AdoptedAgainstNotYet.worsened(keptSites, keptColumns, cohortOf, trend, kpi.direction());
        long grouped = System.nanoTime();
        LOG.info(() -> String.format("Staggered impact on %s: %d sites x %d periods read in %d ms, estimated in %d ms, %d groups in %d ms",
                kpi.code(), siteIds.length, periods.size(), (read - started) / 1_000_000, (estimated - read) / 1_000_000,
                byGroup.size(), (grouped - estimated) / 1_000_000));
        return new StaggeredImpact(kpi.code(), query.comparison(), kpi.direction(), kpi.granularity(), r.overall(),
                r.overall().verdict(kpi.direction()), r.byCohort(), r.overallOfCohorts(), r.byEventTime(), r.overallOfEventTimes(),
                r.byPeriod(), r.overallOfPeriods(), r.cells(), r.pretrend(), cohortOf.length, adopted, excluded,
                LocalDateTime.now().withNano(0), byGroup, trend, worsened.subList(0, Math.min(worsened.size(), StaggeredImpact.WORSENED_LISTED)));
    }

    /** The same estimate within each group of each dimension asked for, on the columns already read. */
    static List<StaggeredImpact.GroupEffect> byGroup(KpiSummary kpi, StaggeredQuery query, List<LocalDate> periods,
                                                             long[] sites, double[][] columns, int[] cohortOf) {
        List<StaggeredImpact.GroupEffect> effects = new ArrayList<>();
        for (Map.Entry<String, Map<Long, String>> dimension : new TreeMap<>(query.groups()).entrySet()) {
            Map<String, List<Integer>> members = new TreeMap<>();
            for (int i = 0; i < sites.length; i++) {
                String group = dimension.getValue().get(sites[i]);
                if (group != null) {
                    members.computeIfAbsent(group, g -> new ArrayList<>()).add(i);
                }
            }
            for (Map.Entry<String, List<Integer>> group : members.entrySet()) {
                List<Integer> in = group.getValue();
                int[] cohorts = in.stream().mapToInt(i -> cohortOf[i]).toArray();
                int adopted = (int) Arrays.stream(cohorts).filter(g -> g != CallawaySantAnna.NEVER).count();
                Estimate overall = null;
                if (adopted >= StaggeredImpact.GROUP_MIN_ADOPTED) {
                    double[][] subset = new double[periods.size()][in.size()];
                    for (int t = 0; t < periods.size(); t++) {
                        for (int k = 0; k < in.size(); k++) {
                            subset[t][k] = columns[t][in.get(k)];
                        }
                    }
                    CallawaySantAnna.Result r = CallawaySantAnna.ofColumns(periods, subset, cohorts, query.comparison()).estimate();
                    overall = r == null ? null : r.overall();
                }
                effects.add(new StaggeredImpact.GroupEffect(dimension.getKey(), group.getKey(), in.size(), adopted, overall,
                        overall == null ? null : overall.verdict(kpi.direction())));
            }
        }
        return effects;
    }

    private static boolean measuredOnce(double[][] columns, int site) {
        for (double[] column : columns) {
            if (!Double.isNaN(column[site])) {
                return true;
            }
        }
        return false;
    }
}
