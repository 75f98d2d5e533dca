package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.util.List;

/**
 * A prioritised stake of a campaign, with the friction points it gathers, the KPIs those affect
 * (codes of the indicators catalogue) and its weight: the sum of its friction points' scores.
 */
public record StakeSummary(long id, long campaignId, int priority, String title, String description, List<Long> frictionIds,
                           List<String> kpiCodes, double score, long version) implements Serializable {

    public StakeSummary {
        frictionIds = List.copyOf(frictionIds);
        kpiCodes = List.copyOf(kpiCodes);
    }
}
