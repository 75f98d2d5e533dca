package io.terrain.waves.api;

/** A plan is drafted, then ACTIVE while its waves run, then CLOSED (read-only). */
public enum PlanStatus {
    DRAFT,
    ACTIVE,
    CLOSED
}
