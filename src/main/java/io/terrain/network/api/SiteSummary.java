package io.terrain.network.api;

import java.io.Serializable;
/** A row of the site list. */
public record SiteSummary(long id, String code, String name, SiteKind kind, String segment, String city,
                          String sectorName, String regionName, SiteStatus status) implements Serializable {
}
