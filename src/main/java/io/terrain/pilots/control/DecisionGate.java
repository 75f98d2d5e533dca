package io.terrain.pilots.control;

import io.terrain.indicators.api.Verdict;
import io.terrain.pilots.api.GateStatus;
import io.terrain.pilots.api.PerceptionSummary;
import io.terrain.pilots.api.PilotResults;
import java.util.List;

/**
 * The rule a pilot must pass to be validated without an override: every primary KPI improved —
 * its 95 % interval clear of zero in the desired direction, as the impact engine's verdict says,
 * on the balanced panel — and the teams' perception at the threshold.
 */
public final class DecisionGate {

    private DecisionGate() {
    }

    public static GateStatus evaluate(PilotResults results, PerceptionSummary perception) {
        List<String> notImproved = results.kpis().stream().filter(PilotResults.KpiResult::primary)
                .filter(k -> k.balanced() == null || k.balanced().verdict() != Verdict.IMPROVED).map(PilotResults.KpiResult::kpiCode)
                .toList();
        boolean anyPrimary = results.kpis().stream().anyMatch(PilotResults.KpiResult::primary);
        return new GateStatus(anyPrimary && notImproved.isEmpty() && perception.felt(), notImproved, perception.felt(),
                perception.meanScore(), perception.threshold());
    }
}
