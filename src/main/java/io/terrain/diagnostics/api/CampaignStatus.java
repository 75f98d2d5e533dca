package io.terrain.diagnostics.api;

/** Where a campaign stands: choosing the sample, observing on site, synthesising, closed (read-only). */
public enum CampaignStatus {
    PREPARING,
    OBSERVING,
    SYNTHESIS,
    CLOSED
}
