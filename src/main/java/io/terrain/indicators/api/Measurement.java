package io.terrain.indicators.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One stored measurement: a site's KPI for one period, with the parts it was computed from when
 * the KPI is a ratio or an NPS (null otherwise), and where the site stood in the network then.
 */
public record Measurement(String kpiCode, long siteId, LocalDate periodStart, double value, Double numerator,
                          Double denominator, Integer promoters, Integer passives, Integer detractors,
                          Integer sampleSize, String source, Long sectorId, Long regionId, String segment)
        implements Serializable {
}
