package io.terrain.network.api;

import java.io.Serializable;
/**
 * The site list's filters (all optional) and order. {@code text} matches the start of the code or
 * any part of the name; {@code sortBy} is one of code, name, kind, segment, city, status, sector,
 * region.
 */
public record SiteFilter(String text, SiteKind kind, Long regionId, Long sectorId, String segment,
                         SiteStatus status, String sortBy, boolean descending) implements Serializable {

    public static SiteFilter all() {
        return new SiteFilter(null, null, null, null, null, null, "name", false);
    }
}
