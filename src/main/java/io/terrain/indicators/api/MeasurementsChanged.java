package io.terrain.indicators.api;

import java.io.Serializable;
import java.util.Set;

/** Fired when an import has written measurements of these KPIs (results computed from them are out of date). */
public record MeasurementsChanged(Set<String> kpiCodes) implements Serializable {

    public MeasurementsChanged {
        kpiCodes = Set.copyOf(kpiCodes);
    }
}
