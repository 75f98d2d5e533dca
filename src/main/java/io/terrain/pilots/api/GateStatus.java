package io.terrain.pilots.api;

import io.terrain.platform.api.Problem;
import java.io.Serializable;
import java.util.List;

/** Whether the pilot passes the rule now, and why not: the primary KPIs not improved, perception below threshold. */
public record GateStatus(boolean passes, List<String> primaryNotImproved, boolean felt, Double meanScore, double threshold)
        implements Serializable {

    /**
     * Why the rule is not met, naming only what failed (a perception that passed is not cited); the numbers go as
     * numbers so that the reader's language formats them all alike. {@code null} when the rule is met.
     */
    public Problem refusal() {
        if (passes) {
            return null;
        }
        String kpis = String.join(", ", primaryNotImproved());
        boolean kpisFail = !primaryNotImproved().isEmpty();
        if (felt()) {
            return kpisFail ? Problem.of("override", "pilot.gate.notImproved", kpis) : Problem.of("override", "pilot.gate.noPrimary");
        }
        if (meanScore() == null) {
            return kpisFail ? Problem.of("override", "pilot.gate.notImprovedNoPerception", kpis)
                    : Problem.of("override", "pilot.gate.noPerception");
        }
        return kpisFail ? Problem.of("override", "pilot.gate.notImprovedNotFelt", kpis, meanScore(), threshold())
                : Problem.of("override", "pilot.gate.notFelt", meanScore(), threshold());
    }
}
