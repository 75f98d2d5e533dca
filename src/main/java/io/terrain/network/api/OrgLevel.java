package io.terrain.network.api;

import java.util.Optional;

/** Levels of the org tree, top down. A unit's parent is exactly one level up. */
public enum OrgLevel {
    NETWORK,
    REGION,
    SECTOR;

    public Optional<OrgLevel> parentLevel() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }
}
