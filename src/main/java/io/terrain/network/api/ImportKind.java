package io.terrain.network.api;

/** What a network CSV file holds. Import org units before the sites that sit in them. */
public enum ImportKind {
    ORG_UNITS,
    SITES
}
