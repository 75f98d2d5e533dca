package io.terrain.indicators.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * "Did this change move this KPI at these sites, compared with those sites, between this baseline
 * window and that measured window?" Windows include both ends. With {@code balancedPanel}, only
 * sites measured in both windows count (the usual choice); otherwise every measured site counts in
 * each window it was measured in.
 */
public record ImpactQuery(String kpiCode, Set<Long> treatedSiteIds, Set<Long> controlSiteIds,
                          LocalDate baselineFrom, LocalDate baselineTo, LocalDate measuredFrom, LocalDate measuredTo,
                          boolean balancedPanel) implements Serializable {
}
