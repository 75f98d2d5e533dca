package io.terrain.network.api;

import java.io.Serializable;

/**
 * Where a site sits: its sector and region (either may be null for a site hung higher up), segment,
 * kind and status. What modules that group or sample sites need, without names.
 */
public record SitePlacement(long siteId, String code, Long sectorId, Long regionId, String segment, SiteKind kind,
                            SiteStatus status) implements Serializable {
}
