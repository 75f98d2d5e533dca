package io.terrain.diagnostics.api;

import java.util.List;

/** What other modules (pilots first) may ask of the diagnostics. */
public interface Diagnostics {

    /** The campaigns the caller may see, newest first. */
    List<CampaignSummary> campaigns();

    /** A campaign's stakes in priority order, with the KPIs they affect: what a pilot starts from. */
    List<StakeSummary> stakes(long campaignId);
}
