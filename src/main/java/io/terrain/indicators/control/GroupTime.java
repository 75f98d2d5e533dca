package io.terrain.indicators.control;

/**
 * One ATT(g,t): the mean change of cohort g's sites from the base period to period t, less the
 * comparison sites' mean change; its influence function is recomputed from the panel when asked
 * (storing it for every cell would take n doubles each).
 */
final class GroupTime implements Influence {

    private final StaggeredPanel panel;
    final int cohort;
    final int period;
    final int base;
    final double meanT;
    final double meanC;
    final int treated;
    final int comparisons;
    final double att;
    private double variance;

    private GroupTime(StaggeredPanel panel, int cohort, int period, int base, double meanT, double meanC, int treated, int comparisons) {
        this.panel = panel;
        this.cohort = cohort;
        this.period = period;
        this.base = base;
        this.meanT = meanT;
        this.meanC = meanC;
        this.treated = treated;
        this.comparisons = comparisons;
        this.att = meanT - meanC;
    }

    /** ATT(g,t), or null when the cell has no treated or no comparison site measured in both its periods. */
    static GroupTime of(StaggeredPanel panel, int g, int t) {
        double[][] columns = panel.columns();
        int[] cohortOf = panel.cohortOf();
        int n = panel.n();
        int base = t < g ? t - 1 : g - 1;
        double[] now = columns[t];
        double[] before = columns[base];
        double sumT = 0;
        double sumC = 0;
        int nT = 0;
        int nC = 0;
        for (int i = 0; i < n; i++) {
            double change = now[i] - before[i];
            if (Double.isNaN(change)) {
                continue;
            }
            if (cohortOf[i] == g) {
                sumT += change;
                nT++;
            } else if (panel.isComparison(cohortOf[i], g, t)) {
                sumC += change;
                nC++;
            }
        }
        if (nT == 0 || nC == 0) {
            return null;
        }
        GroupTime cell = new GroupTime(panel, g, t, base, sumT / nT, sumC / nC, nT, nC);
        double squaresT = 0;
        double squaresC = 0;
        for (int i = 0; i < n; i++) {
            double change = now[i] - before[i];
            if (Double.isNaN(change)) {
                continue;
            }
            if (cohortOf[i] == g) {
                squaresT += (change - cell.meanT) * (change - cell.meanT);
            } else if (panel.isComparison(cohortOf[i], g, t)) {
                squaresC += (change - cell.meanC) * (change - cell.meanC);
            }
        }
        // Population variances over n, as the influence function gives them.
        cell.variance = squaresT / ((double) nT * nT) + squaresC / ((double) nC * nC);
        return cell;
    }

    boolean post() {
        return period >= cohort;
    }

    int eventTime() {
        return period - cohort;
    }

    double variance() {
        return variance;
    }

    double se() {
        return Math.sqrt(variance);
    }

    @Override
    public double att() {
        return att;
    }

    @Override
    public int cohort() {
        return cohort;
    }

    @Override
    public void addTo(double[] target, double weight) {
        int n = panel.n();
        int[] cohortOf = panel.cohortOf();
        double perTreated = weight * n / treated;
        double perComparison = weight * n / comparisons;
        double[] now = panel.columns()[period];
        double[] before = panel.columns()[base];
        for (int i = 0; i < n; i++) {
            double change = now[i] - before[i];
            if (Double.isNaN(change)) {
                continue;
            }
            if (cohortOf[i] == cohort) {
                target[i] += perTreated * (change - meanT);
            } else if (panel.isComparison(cohortOf[i], cohort, period)) {
                target[i] -= perComparison * (change - meanC);
            }
        }
    }
}
