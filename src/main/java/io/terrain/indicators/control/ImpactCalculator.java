package io.terrain.indicators.control;

import io.terrain.indicators.api.Direction;
import io.terrain.indicators.api.ExcludedSite;
import io.terrain.indicators.api.GroupImpact;
import io.terrain.indicators.api.ImpactResult;
import io.terrain.indicators.api.Verdict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Difference-in-differences on per-site values (DESIGN.md §6). Each site contributes one value per
 * window (its mean, or its ratio of sums), so a site measured often does not outweigh one measured
 * rarely. Pure arithmetic: the caller fetches the per-site values.
 */
public final class ImpactCalculator {

    public static final String TREATED = "treated";
    public static final String CONTROL = "control";

    private ImpactCalculator() {
    }

    /**
     * @param baseline per-site value in the baseline window, for the sites measured there
     * @param measured per-site value in the measured window, for the sites measured there
     */
    public static ImpactResult compute(String kpiCode, Direction direction, boolean balancedPanel,
                                       Set<Long> treatedSites, Set<Long> controlSites,
                                       Map<Long, Double> baseline, Map<Long, Double> measured) {
        List<ExcludedSite> excluded = new ArrayList<>();
        GroupImpact treated = group(TREATED, treatedSites, baseline, measured, balancedPanel, excluded);
        GroupImpact control = group(CONTROL, controlSites, baseline, measured, balancedPanel, excluded);

        double difference = treated.change() - control.change();
        double varianceT = treated.changeSe() * treated.changeSe();
        double varianceC = control.changeSe() * control.changeSe();
        double standardError = Math.sqrt(varianceT + varianceC);
        if (!(standardError > 0)) {
            // Every site changed by exactly the same amount: no spread, so no interval or test.
            throw new InvalidInput(Problem.of(null, "impact.noVariation"));
        }
        // Welch–Satterthwaite: the groups' variances are not assumed equal.
        double degreesOfFreedom = (varianceT + varianceC) * (varianceT + varianceC)
                / (varianceT * varianceT / (treated.changeSites() - 1) + varianceC * varianceC / (control.changeSites() - 1));
        TDistribution t = new TDistribution(degreesOfFreedom);
        double margin = t.inverseCumulativeProbability(0.975) * standardError;
        double pValue = 2 * (1 - t.cumulativeProbability(Math.abs(difference / standardError)));
        double ciLow = difference - margin;
        double ciHigh = difference + margin;
        Verdict verdict = ciLow > 0 || ciHigh < 0
                ? (Math.signum(difference) * direction.sign() > 0 ? Verdict.IMPROVED : Verdict.WORSENED)
                : Verdict.INCONCLUSIVE;
        return new ImpactResult(kpiCode, direction, balancedPanel, treated, control, difference, standardError,
                degreesOfFreedom, ciLow, ciHigh, pValue, difference / treated.baselineMean(), verdict, excluded);
    }

    private static GroupImpact group(String name, Set<Long> sites, Map<Long, Double> baseline, Map<Long, Double> measured,
                                     boolean balancedPanel, List<ExcludedSite> excluded) {
        List<Long> inBaseline = new ArrayList<>();
        List<Long> inMeasured = new ArrayList<>();
        List<Long> inBoth = new ArrayList<>();
        for (long site : sites.stream().sorted().toList()) {
            boolean b = baseline.containsKey(site);
            boolean m = measured.containsKey(site);
            if (!b && !m) {
                excluded.add(new ExcludedSite(site, name, "NOT_MEASURED"));
            } else if (balancedPanel && !(b && m)) {
                excluded.add(new ExcludedSite(site, name, b ? "NO_MEASURED" : "NO_BASELINE"));
            }
            if (b && (m || !balancedPanel)) {
                inBaseline.add(site);
            }
            if (m && (b || !balancedPanel)) {
                inMeasured.add(site);
            }
            if (b && m) {
                inBoth.add(site);
            }
        }
        int changeSites = balancedPanel ? inBoth.size() : Math.min(inBaseline.size(), inMeasured.size());
        if (changeSites < 2 || inBoth.size() < (balancedPanel ? 2 : 0)) {
            throw new InvalidInput(Problem.of(name, "impact.tooFewSites", name, changeSites));
        }
        Stats before = Stats.of(inBaseline.stream().map(baseline::get).toList());
        Stats after = Stats.of(inMeasured.stream().map(measured::get).toList());
        double change;
        double changeSe;
        if (balancedPanel) {
            // Each site's own before/after difference: its level cancels out, so the error is smaller
            // than treating the two windows as independent samples.
            Stats differences = Stats.of(inBoth.stream().map(s -> measured.get(s) - baseline.get(s)).toList());
            change = differences.mean();
            changeSe = differences.standardError();
        } else {
            change = after.mean() - before.mean();
            // Var(after - before) = Var(after) + Var(before) - 2 Cov; the covariance comes from the
            // sites seen in both windows: n_both * cov(site) / (n_after * n_before).
            double covariance = 0;
            if (inBoth.size() > 1) {
                double sum = 0;
                for (long s : inBoth) {
                    sum += (measured.get(s) - after.mean()) * (baseline.get(s) - before.mean());
                }
                covariance = sum / (inBoth.size() - 1) * inBoth.size() / ((double) inMeasured.size() * inBaseline.size());
            }
            changeSe = Math.sqrt(Math.max(0, after.standardError() * after.standardError()
                    + before.standardError() * before.standardError() - 2 * covariance));
        }
        return new GroupImpact(inBaseline.size(), before.mean(), before.standardError(),
                inMeasured.size(), after.mean(), after.standardError(), changeSites, change, changeSe);
    }

    /** Mean and standard error of the mean (sample standard deviation over the square root of n). */
    record Stats(int n, double mean, double standardError) {

        static Stats of(List<Double> values) {
            int n = values.size();
            double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
            double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
            return new Stats(n, mean, sd / Math.sqrt(n));
        }
    }
}
