package io.terrain.indicators.api;

/**
 * How a KPI's measurements combine, over periods for one site and over sites for a scope.
 * <ul>
 *   <li>MEAN, PERCENT: mean of the values;</li>
 *   <li>RATIO: sum of numerators over sum of denominators (never a mean of ratios), times 100 when
 *   the unit is %;</li>
 *   <li>NPS: (promoters - detractors) / answers, times 100, from the counts.</li>
 * </ul>
 */
public enum Aggregation {
    MEAN,
    RATIO,
    NPS,
    PERCENT
}
