package io.terrain.network.api;

public enum SiteStatus {
    ACTIVE,
    CLOSED
}
