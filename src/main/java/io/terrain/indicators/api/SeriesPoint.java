package io.terrain.indicators.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A KPI's value for one period (null when the period's sums give none), and how many sites it covers. */
public record SeriesPoint(LocalDate periodStart, Double value, int sites) implements Serializable {
}
