package io.terrain.indicators.api;

/** Which way a KPI should move: a drop in wait time is an improvement. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** +1 when a rise is good, -1 when a fall is good. */
    public int sign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }
}
