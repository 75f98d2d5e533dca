package io.terrain.indicators.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A staggered rollout to measure: the sites of its perimeter and, for those that adopted, the date
 * they did. A site's adoption cohort is the KPI's first period starting on or after that date.
 *
 * @param groups heterogeneity asked for: per dimension ("segment", "kind", "region"…), each site's group; the same
 *               effect is then also measured within each group, on the panel read once
 */
public record StaggeredQuery(String kpiCode, Set<Long> siteIds, Map<Long, LocalDate> adoptedOn, Comparison comparison,
                             Map<String, Map<Long, String>> groups) implements Serializable {

    public StaggeredQuery {
        siteIds = Set.copyOf(siteIds);
        adoptedOn = Map.copyOf(adoptedOn);
        groups = Map.copyOf(groups);
    }

    public StaggeredQuery(String kpiCode, Set<Long> siteIds, Map<Long, LocalDate> adoptedOn, Comparison comparison) {
        this(kpiCode, siteIds, adoptedOn, comparison, Map.of());
    }
}
