package io.terrain.indicators.control;

import io.terrain.indicators.api.Estimate;

/** A weighted combination of effects, with its influence function kept (n doubles). */
final class Aggregate implements Influence {

    final double att;
    private final double[] influence;
    private final int cohort;
    private final int n;

    Aggregate(double att, double[] influence, int cohort, int n) {
        this.att = att;
        this.influence = influence;
        this.cohort = cohort;
        this.n = n;
    }

    Aggregate ofCohort(int g) {
        return new Aggregate(att, influence, g, n);
    }

    double se() {
        double sum = 0;
        for (double v : influence) {
            sum += v * v;
        }
        return Math.sqrt(sum) / n;
    }

    Estimate estimate() {
        return Estimate.of(att, se());
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
        for (int i = 0; i < n; i++) {
            target[i] += weight * influence[i];
        }
    }
}
