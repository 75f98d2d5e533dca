package io.terrain.pilots.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A recorded decision, with the evidence frozen as it stood (JSON: results and perception). */
public record DecisionSummary(long id, PilotStatus outcome, boolean overridden, String rationale, String decidedBy,
                              LocalDateTime decidedAt, String evidence) implements Serializable {
}
