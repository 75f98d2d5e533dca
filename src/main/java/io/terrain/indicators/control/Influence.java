package io.terrain.indicators.control;

/**
 * Something with an effect and an influence function over the sites, and the cohort it belongs to
 * when its weight is that cohort's share.
 */
interface Influence {

    double att();

    int cohort();

    void addTo(double[] target, double weight);
}
