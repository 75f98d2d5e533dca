package io.terrain.indicators.api;

import java.io.Serializable;

/** An effect with its standard error and 95 % interval (normal, pointwise). */
public record Estimate(double att, double se, double ciLow, double ciHigh) implements Serializable {

    public static final double Z_95 = 1.959963984540054;

    public static Estimate of(double att, double se) {
        return new Estimate(att, se, att - Z_95 * se, att + Z_95 * se);
    }

    /** The interval excludes zero. */
    public boolean significant() {
        return ciLow > 0 || ciHigh < 0;
    }

    /** Read with the KPI's direction: a significant fall of a lower-is-better KPI is an improvement. */
    public Verdict verdict(Direction direction) {
        if (!significant()) {
            return Verdict.INCONCLUSIVE;
        }
        return Math.signum(att) * direction.sign() > 0 ? Verdict.IMPROVED : Verdict.WORSENED;
    }
}
