package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.util.List;

/**
 * A friction point and how often it occurs: {@code observationShare} is the share of the step's
 * observations in the campaign that show it, {@code siteShare} the share of sites observed at the
 * step where it was seen; {@code score} = severity × observationShare ranks it in the Pareto.
 */
public record FrictionSummary(long id, long stepId, String stepName, String journeyName, Cause cause, String title,
                              String description, int severity, List<Long> observationIds, List<Long> verbatimIds,
                              List<String> kpiCodes, Frequency frequency, double score, long version) implements Serializable {

    public FrictionSummary {
        observationIds = List.copyOf(observationIds);
        verbatimIds = List.copyOf(verbatimIds);
        kpiCodes = List.copyOf(kpiCodes);
    }

    public record Frequency(int observations, int stepObservations, int sites, int stepSites) implements Serializable {

        public double observationShare() {
            return stepObservations == 0 ? 0 : (double) observations / stepObservations;
        }

        public double siteShare() {
            return stepSites == 0 ? 0 : (double) sites / stepSites;
        }
    }
}
