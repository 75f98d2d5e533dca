package io.terrain.pilots.api;

/** design → running → measured → validated / rejected / extended. */
public enum PilotStatus {
    DESIGN,
    RUNNING,
    MEASURED,
    VALIDATED,
    REJECTED,
    EXTENDED
}
