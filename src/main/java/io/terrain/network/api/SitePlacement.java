package io.terrain.network.api;

import java.io.Serializable;

/** Where a site sits: its sector and region (either may be null for a site hung higher up) and segment. */
public record SitePlacement(long siteId, String code, Long sectorId, Long regionId, String segment) implements Serializable {
}
