package io.terrain.diagnostics.api;

import java.io.Serializable;
import java.util.List;

/** A friction point with the observations and verbatims that show it and the KPI codes it affects. Severity 1-4. */
public record FrictionDraft(Long stepId, Cause cause, String title, String description, Integer severity,
                            List<Long> observationIds, List<Long> verbatimIds, List<String> kpiCodes) implements Serializable {
}
