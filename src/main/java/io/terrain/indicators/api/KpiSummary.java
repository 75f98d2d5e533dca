package io.terrain.indicators.api;

import java.io.Serializable;
import java.util.Locale;

public record KpiSummary(long id, String code, String nameFr, String nameEn, String unit, Direction direction,
                         Aggregation aggregation, Double minValue, Double maxValue, Double target, Granularity granularity,
                         String description, long version) implements Serializable {

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }
}
