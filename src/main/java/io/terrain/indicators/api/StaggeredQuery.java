package io.terrain.indicators.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A staggered rollout to measure: the sites of its perimeter and, for those that adopted, the date
 * they did. A site's adoption cohort is the KPI's first period starting on or after that date.
 */
public record StaggeredQuery(String kpiCode, Set<Long> siteIds, Map<Long, LocalDate> adoptedOn, Comparison comparison)
        implements Serializable {

    public StaggeredQuery {
        siteIds = Set.copyOf(siteIds);
        adoptedOn = Map.copyOf(adoptedOn);
    }
}
