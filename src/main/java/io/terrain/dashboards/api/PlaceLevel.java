package io.terrain.dashboards.api;

/** The levels a dashboard drills through, top down. */
public enum PlaceLevel {
    NETWORK,
    REGION,
    SECTOR,
    SITE
}
