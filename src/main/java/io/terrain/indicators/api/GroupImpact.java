package io.terrain.indicators.api;

import java.io.Serializable;

/**
 * One group of sites (treated or control): how many were measured in each window, the means of
 * their per-site values with standard errors, and the change between windows with its standard
 * error. In a balanced panel the change's error comes from each site's own before/after difference.
 */
public record GroupImpact(int baselineSites, double baselineMean, double baselineSe,
                          int measuredSites, double measuredMean, double measuredSe,
                          int changeSites, double change, double changeSe) implements Serializable {
}
