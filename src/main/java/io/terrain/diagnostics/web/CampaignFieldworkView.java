package io.terrain.diagnostics.web;

import io.terrain.diagnostics.api.ObservationSummary;
import io.terrain.diagnostics.api.SiteContextSummary;
import io.terrain.diagnostics.boundary.FieldworkFacade;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The campaign page's observations tab: what observers recorded along the journeys, and each site's context of the day. */
@Named
@ViewScoped
public class CampaignFieldworkView extends CampaignTab {

    private static final long serialVersionUID = 1L;

    @Inject
    FieldworkFacade fieldworkFacade;

    private List<ObservationSummary> observations = List.of();
    private List<SiteContextSummary> contexts = List.of();

    @Override
    protected void read() {
        observations = fieldworkFacade.observations(campaignId());
        contexts = fieldworkFacade.contexts(campaignId());
    }

    public List<ObservationSummary> getObservations() {
        current();
        return observations;
    }

    public List<SiteContextSummary> getContexts() {
        current();
        return contexts;
    }
}
