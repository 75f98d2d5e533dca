package io.terrain.indicators.api;

import java.io.Serializable;

public record KpiDraft(String code, String nameFr, String nameEn, String unit, Direction direction, Aggregation aggregation,
                       Double minValue, Double maxValue, Granularity granularity, String description) implements Serializable {
}
