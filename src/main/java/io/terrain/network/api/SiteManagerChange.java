package io.terrain.network.api;

import java.io.Serializable;

/** Who answers for a site as its line manager: a LINE_MANAGER user's id, or null for nobody. */
public record SiteManagerChange(Long userId) implements Serializable {
}
