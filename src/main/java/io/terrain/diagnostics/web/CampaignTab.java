package io.terrain.diagnostics.web;

import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * A tab of diagnostics/campaign.xhtml: it reads its data the first time the page shows it, and again only after a
 * change made on the page (the page's revision moved), so a click on one tab does not read every other tab again.
 */
abstract class CampaignTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignView page;

    private long readAt = -1;

    /** Reads the tab's data. */
    protected abstract void read();

    /** Makes sure the tab's data is as of the page's last change. */
    protected void current() {
        if (readAt != page.revision()) {
            read();
            readAt = page.revision();
        }
    }

    protected long campaignId() {
        return page.getId();
    }
}
