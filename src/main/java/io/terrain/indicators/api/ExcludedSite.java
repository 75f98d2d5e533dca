package io.terrain.indicators.api;

import java.io.Serializable;

/** A site asked for but left out of a measurement, and why: NO_BASELINE, NO_MEASURED or NOT_MEASURED. */
public record ExcludedSite(long siteId, String group, String reason) implements Serializable {
}
