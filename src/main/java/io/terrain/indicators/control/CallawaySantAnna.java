package io.terrain.indicators.control;

import io.terrain.indicators.api.Comparison;
import io.terrain.indicators.api.Estimate;
import io.terrain.indicators.api.StaggeredImpact.Cell;
import io.terrain.indicators.api.StaggeredImpact.CohortEffect;
import io.terrain.indicators.api.StaggeredImpact.EventTimeEffect;
import io.terrain.indicators.api.StaggeredImpact.PeriodEffect;
import io.terrain.indicators.api.StaggeredImpact.Pretrend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Callaway &amp; Sant'Anna (2021), without covariates, as the R package {@code did} computes it.
 *
 * <p>Each ATT(g,t) is a 2×2 difference-in-differences: the mean change of cohort g's sites from the
 * base period (g−1 once adopted, t−1 before: the "varying" base) to period t, minus the comparison
 * sites' mean change. Comparisons are never-adopting sites, or those not adopted by period t (never
 * cohort g itself). A site enters a cell when it is measured in both of the cell's periods; on a
 * balanced panel this is exactly {@code did}'s estimator.
 *
 * <p>Standard errors come from influence functions over the n sites of the analysis:
 * ψᵢ = n·(Dᵢ(Δᵢ−μₜ)/nₜ − Cᵢ(Δᵢ−μ꜀)/n꜀), se = √Σψᵢ² / n. Aggregates weight cells by cohort size
 * P(G=g) and add the influence of estimating those weights, as {@code did::aggte} does. Cells'
 * influence functions are recomputed from the panel when needed rather than stored: at 20,000
 * sites × 1,500 cells a stored matrix would take a quarter of a gigabyte.
 */
public final class CallawaySantAnna {

    /** A site that never adopts within the data (or adopts after its last period). */
    public static final int NEVER = -1;

    /** Pre-adoption cells further from adoption than this are left out of the pre-trend test (its covariance grows as cells²). */
    static final int PRETREND_MAX_LAGS = 12;

    private final List<LocalDate> periods;
    /** Values by period then site: a cell reads two contiguous columns instead of one value in each of n rows. */
    private final double[][] columns;
    private final int[] cohortOf;
    private final Comparison comparison;
    private final int n;
    /** Sites per cohort (period index → count). */
    private final Map<Integer, Integer> cohortSizes = new TreeMap<>();

    /**
     * @param periods  the KPI's periods, in order, with no gap
     * @param values   per site (rows) the value in each period (columns), NaN when not measured
     * @param cohortOf per site the index of its adoption period, or {@link #NEVER}; sites adopting in
     *                 period 0 have nothing to compare with and must be left out by the caller
     */
    public CallawaySantAnna(List<LocalDate> periods, double[][] values, int[] cohortOf, Comparison comparison) {
        this(periods, comparison, cohortOf, transpose(values, periods.size(), cohortOf.length));
    }

    /** @param columns per period (rows) each site's value (columns), NaN when not measured */
    public static CallawaySantAnna ofColumns(List<LocalDate> periods, double[][] columns, int[] cohortOf, Comparison comparison) {
        return new CallawaySantAnna(periods, comparison, cohortOf, columns);
    }

    private static double[][] transpose(double[][] values, int periodCount, int siteCount) {
        double[][] columns = new double[periodCount][siteCount];
        for (int i = 0; i < values.length; i++) {
            for (int t = 0; t < periodCount; t++) {
                columns[t][i] = values[i][t];
            }
        }
        return columns;
    }

    private CallawaySantAnna(List<LocalDate> periods, Comparison comparison, int[] cohortOf, double[][] columns) {
        this.periods = List.copyOf(periods);
        this.columns = columns;
        this.cohortOf = cohortOf;
        this.comparison = comparison;
        this.n = cohortOf.length;
        for (int g : cohortOf) {
            if (g == 0) {
                throw new IllegalArgumentException("a site adopting in the first period cannot be measured");
            }
            if (g >= periods.size()) {
                throw new IllegalArgumentException("a site adopting after the last period is a never-adopting site");
            }
            if (g != NEVER) {
                cohortSizes.merge(g, 1, Integer::sum);
            }
        }
    }

    /** Everything the estimator reports. */
    public record Result(List<Cell> cells, Estimate overall, List<CohortEffect> byCohort, Estimate overallOfCohorts,
                         List<EventTimeEffect> byEventTime, Estimate overallOfEventTimes, List<PeriodEffect> byPeriod,
                         Estimate overallOfPeriods, Pretrend pretrend) {
    }

    public Result estimate() {
        List<GroupTime> cells = groupTimes();
        if (cells.isEmpty()) {
            return null;
        }
        List<GroupTime> post = cells.stream().filter(GroupTime::post).toList();
        if (post.isEmpty()) {
            return null;
        }
        Aggregate overall = aggregate(post, true);

        // By cohort: the plain mean of its post-adoption cells, then weighted by cohort size.
        List<CohortEffect> byCohort = new ArrayList<>();
        List<Aggregate> cohortAggregates = new ArrayList<>();
        Map<Integer, List<GroupTime>> postByCohort = new TreeMap<>();
        for (GroupTime cell : post) {
            postByCohort.computeIfAbsent(cell.cohort, g -> new ArrayList<>()).add(cell);
        }
        for (Map.Entry<Integer, List<GroupTime>> e : postByCohort.entrySet()) {
            Aggregate a = aggregate(e.getValue(), false);
            cohortAggregates.add(a.ofCohort(e.getKey()));
            byCohort.add(new CohortEffect(periods.get(e.getKey()), cohortSizes.get(e.getKey()), a.att, a.se(),
                    a.estimate().ciLow(), a.estimate().ciHigh()));
        }
        Aggregate overallOfCohorts = aggregate(cohortAggregates, true);

        // By time since adoption (pre-adoption placebo cells included), each e weighted by cohort size.
        Map<Integer, List<GroupTime>> byEvent = new TreeMap<>();
        for (GroupTime cell : cells) {
            byEvent.computeIfAbsent(cell.eventTime(), e -> new ArrayList<>()).add(cell);
        }
        List<EventTimeEffect> byEventTime = new ArrayList<>();
        double[] postEventInfluence = new double[n];
        List<Double> postEventAtts = new ArrayList<>();
        for (Map.Entry<Integer, List<GroupTime>> e : byEvent.entrySet()) {
            Aggregate a = aggregate(e.getValue(), true);
            Estimate est = a.estimate();
            byEventTime.add(new EventTimeEffect(e.getKey(), a.att, est.se(), est.ciLow(), est.ciHigh()));
            if (e.getKey() >= 0) {
                postEventAtts.add(a.att);
                a.addTo(postEventInfluence, 1);
            }
        }
        Estimate overallOfEventTimes = meanOf(postEventAtts, postEventInfluence);

        // By calendar period: the cells of cohorts already adopted in that period.
        Map<Integer, List<GroupTime>> byCalendar = new TreeMap<>();
        for (GroupTime cell : post) {
            byCalendar.computeIfAbsent(cell.period, t -> new ArrayList<>()).add(cell);
        }
        List<PeriodEffect> byPeriod = new ArrayList<>();
        double[] periodInfluence = new double[n];
        List<Double> periodAtts = new ArrayList<>();
        for (Map.Entry<Integer, List<GroupTime>> e : byCalendar.entrySet()) {
            Aggregate a = aggregate(e.getValue(), true);
            Estimate est = a.estimate();
            byPeriod.add(new PeriodEffect(periods.get(e.getKey()), a.att, est.se(), est.ciLow(), est.ciHigh()));
            periodAtts.add(a.att);
            a.addTo(periodInfluence, 1);
        }
        Estimate overallOfPeriods = meanOf(periodAtts, periodInfluence);

        List<Cell> cellRecords = cells.stream().map(c -> {
            Estimate est = Estimate.of(c.att, c.se());
            return new Cell(periods.get(c.cohort), periods.get(c.period), c.eventTime(), c.treated, c.comparisons, c.att,
                    est.se(), est.ciLow(), est.ciHigh());
        }).toList();
        return new Result(cellRecords, overall.estimate(), byCohort, overallOfCohorts.estimate(), byEventTime,
                overallOfEventTimes, byPeriod, overallOfPeriods, pretrend(cells));
    }

    /** The mean of effects whose influence functions were summed into {@code summedInfluence}. */
    private Estimate meanOf(List<Double> atts, double[] summedInfluence) {
        if (atts.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (double a : atts) {
            sum += a;
        }
        double sumSquares = 0;
        for (double v : summedInfluence) {
            double scaled = v / atts.size();
            sumSquares += scaled * scaled;
        }
        return Estimate.of(sum / atts.size(), Math.sqrt(sumSquares) / n);
    }

    /**
     * Every ATT(g,t) that has treated and comparison sites measured in both its periods, in cohort then
     * period order. Cells are independent: they are computed in parallel.
     */
    private List<GroupTime> groupTimes() {
        List<int[]> keys = new ArrayList<>();
        for (int g : cohortSizes.keySet()) {
            for (int t = 1; t < periods.size(); t++) {
                keys.add(new int[]{g, t});
            }
        }
        StaggeredPanel panel = new StaggeredPanel(columns, cohortOf, n, comparison);
        return keys.parallelStream().map(k -> GroupTime.of(panel, k[0], k[1])).filter(java.util.Objects::nonNull).toList();
    }

    private double share(int cohort) {
        return cohortSizes.get(cohort) / (double) n;
    }

    /**
     * Σ wₖ·attₖ with wₖ = P(G=gₖ)/Σ P(G=gⱼ) when {@code bySize} (plus the influence of estimating
     * those shares, {@code did}'s "wif"), or equal weights otherwise.
     */
    private Aggregate aggregate(List<? extends Influence> parts, boolean bySize) {
        double totalShare = 0;
        for (Influence part : parts) {
            totalShare += bySize ? share(part.cohort()) : 1;
        }
        double att = 0;
        double[] influence = new double[n];
        for (Influence part : parts) {
            double weight = (bySize ? share(part.cohort()) : 1) / totalShare;
            att += weight * part.att();
            part.addTo(influence, weight);
        }
        if (bySize) {
            addWeightInfluence(parts, totalShare, influence);
        }
        return new Aggregate(att, influence, parts.isEmpty() ? NEVER : parts.get(0).cohort(), n);
    }

    /**
     * The weights' influence, did's {@code wif %*% att}: for site i,
     * Σₖ attₖ(1{Gᵢ=gₖ} − pₖ)/S − (Σₖ(1{Gᵢ=gₖ} − pₖ))·(Σₖ pₖattₖ)/S², with S = Σₖ pₖ.
     */
    private void addWeightInfluence(List<? extends Influence> parts, double totalShare, double[] influence) {
        Map<Integer, double[]> attSumAndCountByCohort = new HashMap<>();
        double weightedAtt = 0;
        for (Influence part : parts) {
            weightedAtt += share(part.cohort()) * part.att();
            double[] sumCount = attSumAndCountByCohort.computeIfAbsent(part.cohort(), g -> new double[2]);
            sumCount[0] += part.att();
            sumCount[1] += 1;
        }
        for (int i = 0; i < n; i++) {
            double[] own = attSumAndCountByCohort.get(cohortOf[i]);
            double ownAtt = own == null ? 0 : own[0];
            double ownCount = own == null ? 0 : own[1];
            influence[i] += (ownAtt - weightedAtt) / totalShare
                    - (ownCount - totalShare) * weightedAtt / (totalShare * totalShare);
        }
    }

    /** Wald test on the pre-adoption cells within {@link #PRETREND_MAX_LAGS} periods of adoption. */
    private Pretrend pretrend(List<GroupTime> cells) {
        List<GroupTime> pre = cells.stream()
                .filter(c -> !c.post() && c.eventTime() >= -PRETREND_MAX_LAGS && c.variance() > 0).toList();
        if (pre.isEmpty()) {
            return new Pretrend(null, null, 0);
        }
        int q = pre.size();
        double[][] influence = new double[q][n];
        for (int k = 0; k < q; k++) {
            pre.get(k).addTo(influence[k], 1);
        }
        RealMatrix covariance = new Array2DRowRealMatrix(q, q);
        for (int a = 0; a < q; a++) {
            for (int b = a; b < q; b++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += influence[a][i] * influence[b][i];
                }
                covariance.setEntry(a, b, sum / n);
                covariance.setEntry(b, a, sum / n);
            }
        }
        LUDecomposition lu = new LUDecomposition(covariance);
        if (!lu.getSolver().isNonSingular()) {
            return new Pretrend(null, null, q);
        }
        RealVector atts = new ArrayRealVector(pre.stream().mapToDouble(GroupTime::att).toArray());
        double statistic = n * atts.dotProduct(lu.getSolver().solve(atts));
        double pValue = 1 - new ChiSquaredDistribution(q).cumulativeProbability(statistic);
        return new Pretrend(statistic, pValue, q);
    }
}
