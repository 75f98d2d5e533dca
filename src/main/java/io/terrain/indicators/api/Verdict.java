package io.terrain.indicators.api;

/** Read with the KPI's direction, and only when the 95% interval excludes zero. */
public enum Verdict {
    IMPROVED,
    WORSENED,
    INCONCLUSIVE
}
