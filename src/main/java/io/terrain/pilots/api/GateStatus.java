package io.terrain.pilots.api;

import java.io.Serializable;
import java.util.List;

/** Whether the pilot passes the rule now, and why not: the primary KPIs not improved, perception below threshold. */
public record GateStatus(boolean passes, List<String> primaryNotImproved, boolean felt, Double meanScore, double threshold)
        implements Serializable {
}
