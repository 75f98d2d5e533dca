package io.terrain.waves.api;

/** PLANNED → PREPARING (from its preparation start) → LIVE (from go-live) → STABILISED. */
public enum WaveStatus {
    PLANNED,
    PREPARING,
    LIVE,
    STABILISED
}
