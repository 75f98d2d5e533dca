package io.terrain.indicators.api;

import java.io.Serializable;

/** A KPI as written; {@code target} is the network's goal, drawn on charts (optional). */
public record KpiDraft(String code, String nameFr, String nameEn, String unit, Direction direction, Aggregation aggregation,
                       Double minValue, Double maxValue, Double target, Granularity granularity, String description) implements Serializable {
}
