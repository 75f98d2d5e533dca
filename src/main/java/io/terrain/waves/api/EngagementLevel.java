package io.terrain.waves.api;

/**
 * How far an org unit's managers back the rollout, in order: informed, understand the benefit,
 * committed resources, champion. A unit's sites are ready for a wave according to it (see
 * {@link #firstReadyWave()}).
 */
public enum EngagementLevel {
    INFORMED,
    UNDERSTANDS,
    COMMITTED,
    CHAMPION;

    /**
     * The first wave (0-based, in the proposal's order) its sites may go in: committed units from the
     * first, units that understand the benefit from the second, units only informed from the third.
     */
    public int firstReadyWave() {
        return switch (this) {
            case COMMITTED, CHAMPION -> 0;
            case UNDERSTANDS -> 1;
            case INFORMED -> 2;
        };
    }
}
