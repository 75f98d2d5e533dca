package io.terrain.pilots.control;

import org.hipparchus.distribution.continuous.NormalDistribution;

/** The few statistics pilot design needs, on plain arrays. */
public final class Statistics {

    private Statistics() {
    }

    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    /** Sample standard deviation (n − 1). */
    public static double standardDeviation(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return Math.sqrt(sum / (values.length - 1));
    }

    /**
     * Standardised mean difference between treated and controls: difference of means over the
     * pooled standard deviation sqrt((s²t + s²c) / 2). Under 0.1 is usually read as balanced,
     * over 0.25 as poor.
     */
    public static double standardisedDifference(double[] treated, double[] controls) {
        double st = standardDeviation(treated);
        double sc = standardDeviation(controls);
        double pooled = Math.sqrt((st * st + sc * sc) / 2);
        return pooled == 0 || Double.isNaN(pooled) ? 0 : (mean(treated) - mean(controls)) / pooled;
    }

    /**
     * The smallest difference-in-differences a design can detect: (z(1−α/2) + z(power)) × SE, with
     * SE = sqrt(s²t/nt + s²c/nc) from the spread of per-site changes seen historically between two
     * windows of the pilot's length. 2.80 × SE at α = 0.05 and 80 % power.
     */
    public static double minimumDetectableEffect(double changeSdTreated, int treated, double changeSdControls, int controls,
                                                 double alpha, double power) {
        return standardErrors(alpha, power)
                * Math.sqrt(changeSdTreated * changeSdTreated / treated + changeSdControls * changeSdControls / controls);
    }

    /** How many standard errors the detectable effect spans: z(1−α/2) + z(power), 2.80 at 5 % and 80 %. */
    public static double standardErrors(double alpha, double power) {
        NormalDistribution normal = new NormalDistribution();
        return normal.inverseCumulativeProbability(1 - alpha / 2) + normal.inverseCumulativeProbability(power);
    }
}
