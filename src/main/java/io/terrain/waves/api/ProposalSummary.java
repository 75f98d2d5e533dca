package io.terrain.waves.api;

import io.terrain.platform.api.Problem;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A wave proposal as the planning engine has it now (the best found so far while it searches):
 * the waves with their sites and the coach time they need, the sites left out and why, and the score
 * broken down by rule. Nothing is saved in the plan before it is accepted.
 */
public record ProposalSummary(String id, long planId, ProposalStatus status, int elapsedSeconds, int timeLimitSeconds,
                              int progressPercent, String score, boolean feasible, List<ProposedWave> waves, int sites,
                              int unassigned, List<ConstraintCost> breakdown, List<Problem> reasons) implements Serializable {

    public ProposalSummary {
        waves = List.copyOf(waves);
        breakdown = List.copyOf(breakdown);
        reasons = List.copyOf(reasons);
    }

    /** A wave of the proposal: an existing one (its id) or a new one; its sites and the coach days a week they need. */
    public record ProposedWave(int index, String code, LocalDate goLive, Long waveId, int sites, double coachDaysPerWeek)
            implements Serializable {
    }

    /** What one rule costs in the score: hard, medium (sites left out) and soft parts. */
    public record ConstraintCost(String constraint, long hard, long medium, long soft, int matches) implements Serializable {
    }
}
