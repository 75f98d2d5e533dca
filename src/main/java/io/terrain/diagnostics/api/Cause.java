package io.terrain.diagnostics.api;

/** Why customers are lost at a friction point. */
public enum Cause {
    TECHNICAL,
    ERGONOMIC,
    RELATIONAL,
    COMMERCIAL
}
