package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Everything the report shows: counts per cause, step, determinant kind and verbatim score, and the stakes. */
public record DiagnosticReport(CampaignSummary campaign, SampleCoverage coverage, int observations, int verbatims,
                               Map<Cause, Integer> frictionsByCause, Map<String, Integer> frictionsByStep,
                               Map<DeterminantKind, Integer> determinantsByKind, Map<String, Integer> verbatimScores,
                               List<FrictionSummary> frictions, List<DeterminantSummary> determinants,
                               List<StakeSummary> stakes) implements Serializable {
}
