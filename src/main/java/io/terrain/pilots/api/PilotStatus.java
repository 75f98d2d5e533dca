package io.terrain.pilots.api;

/**
 * design → running → measured → validated / rejected / extended; an extended pilot runs again.
 * The decision gate alone sets the last three.
 */
public enum PilotStatus {
    DESIGN,
    RUNNING,
    MEASURED,
    VALIDATED,
    REJECTED,
    EXTENDED;

    public boolean isDecision() {
        return this == VALIDATED || this == REJECTED || this == EXTENDED;
    }

    /** Validated or rejected: the pilot's design, sites and evidence no longer change. */
    public boolean isClosed() {
        return this == VALIDATED || this == REJECTED;
    }
}
