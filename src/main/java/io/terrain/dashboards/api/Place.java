package io.terrain.dashboards.api;

import java.io.Serializable;

/** A place of the network a dashboard shows (the network itself has no id). */
public record Place(PlaceLevel level, Long id, String name) implements Serializable {
}
