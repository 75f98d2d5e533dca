package io.terrain.waves.api;

import java.io.Serializable;

/** An engagement level noted for an org unit, dated today, by whoever notes it. */
public record EngagementDraft(Long orgUnitId, EngagementLevel level, String comment) implements Serializable {
}
