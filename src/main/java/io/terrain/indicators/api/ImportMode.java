package io.terrain.indicators.api;

/** What an import with rejected rows writes: nothing at all, or exactly the valid rows. */
public enum ImportMode {
    ALL_OR_NOTHING,
    VALID_ROWS
}
