package io.terrain.pilots.api;

import java.io.Serializable;

/**
 * A decision on a measured pilot: VALIDATED, REJECTED or EXTENDED. Validating against the rule
 * (every primary KPI improved with its 95 % interval clear of zero, and the teams' perception at
 * the threshold) needs {@code override} and a written rationale.
 */
public record DecisionDraft(PilotStatus outcome, boolean override, String rationale) implements Serializable {
}
