package io.terrain.waves.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A decision taken at a wave's gate, with the evidence as it was then (JSON). */
public record GateDecisionSummary(long id, long waveId, GateDecision decision, String rationale, String evidence, String decidedBy,
                                  LocalDateTime decidedAt) implements Serializable {
}
