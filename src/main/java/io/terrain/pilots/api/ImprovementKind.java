package io.terrain.pilots.api;

/** What kind of change a pilot tests. */
public enum ImprovementKind {
    PROCESS,
    TOOL,
    ROLE,
    LAYOUT,
    MANAGEMENT_RITUAL
}
