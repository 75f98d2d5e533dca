package io.terrain.indicators.control;

import io.terrain.indicators.api.Direction;
import io.terrain.indicators.api.StaggeredImpact.SiteChange;
import io.terrain.indicators.api.StaggeredImpact.TrendPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * What the staggered estimate averages away, read from the same panel: the KPI's mean per period over the sites
 * already adopted against those not yet adopted (the trend executives look at), and each adopted site's own change
 * since adoption with the not-yet sites' change over the same periods taken off — a site "worsens" when that change
 * goes the wrong way beyond its own period-to-period noise (Welch's t, 95 %).
 */
final class AdoptedAgainstNotYet {

    /** Periods on each side of adoption a site's change is read over. */
    static final int WINDOW = 8;

    private AdoptedAgainstNotYet() {
    }

    /**
     * @param columns  [period][site] values, NaN where not measured
     * @param cohortOf each site's adoption period index, or {@link CallawaySantAnna#NEVER}
     */
    static List<TrendPoint> trend(List<LocalDate> periods, double[][] columns, int[] cohortOf) {
        List<TrendPoint> points = new ArrayList<>();
        for (int t = 0; t < periods.size(); t++) {
            double adoptedSum = 0;
            int adopted = 0;
            double notYetSum = 0;
            int notYet = 0;
            for (int i = 0; i < cohortOf.length; i++) {
                double value = columns[t][i];
                if (Double.isNaN(value)) {
                    continue;
                }
                if (cohortOf[i] != CallawaySantAnna.NEVER && cohortOf[i] <= t) {
                    adoptedSum += value;
                    adopted++;
                } else {
                    notYetSum += value;
                    notYet++;
                }
            }
            points.add(new TrendPoint(periods.get(t), adopted == 0 ? null : adoptedSum / adopted, adopted,
                    notYet == 0 ? null : notYetSum / notYet, notYet));
        }
        return points;
    }

    /** The adopted sites whose change went the wrong way beyond their noise, the clearest first. */
    static List<SiteChange> worsened(long[] sites, double[][] columns, int[] cohortOf, List<TrendPoint> trend, Direction direction) {
        List<SiteChange> worse = new ArrayList<>();
        for (int i = 0; i < sites.length; i++) {
            int g = cohortOf[i];
            if (g == CallawaySantAnna.NEVER) {
                continue;
            }
            List<Double> before = adjusted(columns, trend, i, Math.max(0, g - WINDOW), g - 1);
            List<Double> after = adjusted(columns, trend, i, g, Math.min(columns.length - 1, g + WINDOW - 1));
            if (before.size() < 2 || after.size() < 2) {
                continue;
            }
            double meanBefore = mean(before);
            double meanAfter = mean(after);
            double varBefore = variance(before, meanBefore) / before.size();
            double varAfter = variance(after, meanAfter) / after.size();
            double change = meanAfter - meanBefore;
            double se = Math.sqrt(varBefore + varAfter);
            if (se == 0 || change * direction.sign() >= 0) {
                continue;
            }
            // Welch–Satterthwaite degrees of freedom for the two windows' unequal variances.
            double df = Math.pow(varBefore + varAfter, 2) / (sq(varBefore) / (before.size() - 1) + sq(varAfter) / (after.size() - 1));
            double t = change / se;
            double critical = new TDistribution(df).inverseCumulativeProbability(0.975);
            if (Math.abs(t) > critical) {
                worse.add(new SiteChange(sites[i], meanBefore, meanAfter, change, t));
            }
        }
        worse.sort(Comparator.comparingDouble((SiteChange c) -> -Math.abs(c.t())).thenComparingLong(SiteChange::siteId));
        return worse;
    }

    /** The site's values minus the not-yet sites' mean, period by period, where both are known. */
    private static List<Double> adjusted(double[][] columns, List<TrendPoint> trend, int site, int from, int to) {
        List<Double> values = new ArrayList<>();
        for (int t = from; t <= to; t++) {
            Double comparison = trend.get(t).notYetMean();
            if (!Double.isNaN(columns[t][site]) && comparison != null) {
                values.add(columns[t][site] - comparison);
            }
        }
        return values;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double variance(List<Double> values, double mean) {
        return values.stream().mapToDouble(v -> sq(v - mean)).sum() / (values.size() - 1);
    }

    private static double sq(double x) {
        return x * x;
    }
}
