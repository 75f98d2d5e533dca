package io.terrain.indicators.control;

import io.terrain.indicators.api.Aggregation;

/**
 * What measurements add up to over periods or sites. One value comes out according to the KPI's
 * aggregation; it is null when the sums cannot give one (no answers, no denominator).
 */
public record Sums(long count, double valueSum, Double numeratorSum, Double denominatorSum,
                   Long promoters, Long passives, Long detractors) {

    public Double value(Aggregation aggregation, String unit) {
        return switch (aggregation) {
            case MEAN, PERCENT -> count == 0 ? null : valueSum / count;
            case RATIO -> denominatorSum == null || denominatorSum == 0 ? null : ratio(numeratorSum, denominatorSum, unit);
            case NPS -> nps(promoters, passives, detractors);
        };
    }

    /** What two sets of measurements add up to together (a window of several periods). */
    public Sums plus(Sums other) {
        return new Sums(count + other.count, valueSum + other.valueSum, add(numeratorSum, other.numeratorSum),
                add(denominatorSum, other.denominatorSum), add(promoters, other.promoters), add(passives, other.passives),
                add(detractors, other.detractors));
    }

    private static Double add(Double a, Double b) {
        return a == null ? b : b == null ? a : Double.valueOf(a + b);
    }

    private static Long add(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(a + b);
    }

    /** Numerator over denominator, as a percentage when the unit is %. */
    public static Double ratio(Double numerator, Double denominator, String unit) {
        return numerator / denominator * ("%".equals(unit) ? 100 : 1);
    }

    public static Double nps(Long promoters, Long passives, Long detractors) {
        if (promoters == null || passives == null || detractors == null) {
            return null;
        }
        long answers = promoters + passives + detractors;
        return answers == 0 ? null : 100.0 * (promoters - detractors) / answers;
    }
}
