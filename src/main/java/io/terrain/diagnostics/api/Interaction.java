package io.terrain.diagnostics.api;

/** The kind of customer interaction a journey step covers. */
public enum Interaction {
    WELCOME,
    NEEDS_DISCOVERY,
    ADVICE,
    PAYMENT,
    AFTER_SALE,
    OTHER
}
