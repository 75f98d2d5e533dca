package io.terrain.waves.api;

import java.io.Serializable;

/** A gate decision as the manager takes it: the decision and why. */
public record GateDraft(GateDecision decision, String rationale) implements Serializable {
}
