package io.terrain.waves.api;

/**
 * Where a site stands in its rollout. ADOPTED when every applicable checklist item is done (its
 * adoption date is what the impact measurement uses); BLOCKED with a reason, since when, by whom.
 */
public enum RolloutStatus {
    NOT_STARTED,
    IN_PROGRESS,
    ADOPTED,
    BLOCKED;

    /** Started: the site can no longer be moved to another wave. */
    public boolean started() {
        return this != NOT_STARTED;
    }
}
