package io.terrain.pilots.api;

import java.io.Serializable;
import java.util.List;

/**
 * Everything known of a pilot, for its report: design, stakes answered, sites, balance, the check
 * before launch, results, team perception, decisions and package versions. {@code balance},
 * {@code check} and {@code results} are null until the pilot has pilot and control sites.
 */
public record PilotReport(PilotSummary pilot, List<String> stakes, List<String> pilotSites, List<String> controlSites,
                          ControlProposal balance, DesignCheck check, PilotResults results, PerceptionSummary perception,
                          List<DecisionSummary> decisions, List<PackageSummary> packages) implements Serializable {
}
