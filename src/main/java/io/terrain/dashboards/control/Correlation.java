package io.terrain.dashboards.control;

import org.hipparchus.stat.correlation.PearsonsCorrelation;

/**
 * Pearson's correlation of two paired samples with its 95 % interval from Fisher's z transform
 * (z = atanh r, standard error 1 / √(n − 3)): the interval of a correlation is not symmetric around it.
 */
public record Correlation(double r, double ciLow, double ciHigh) {

    /** Fewer pairs than this give no interval (n − 3 must be positive, and a line through 3 points says little). */
    public static final int MIN_PAIRS = 4;

    private static final double Z_95 = 1.959963984540054;

    /** Null below {@link #MIN_PAIRS} pairs or when either sample does not vary. */
    public static Correlation of(double[] x, double[] y) {
        if (x.length < MIN_PAIRS || x.length != y.length) {
            return null;
        }
        double r = new PearsonsCorrelation().correlation(x, y);
        if (Double.isNaN(r)) {
            return null;
        }
        if (Math.abs(r) >= 1) {
            return new Correlation(r, r, r);
        }
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double se = 1 / Math.sqrt(x.length - 3.0);
        return new Correlation(r, Math.tanh(z - Z_95 * se), Math.tanh(z + Z_95 * se));
    }
}
