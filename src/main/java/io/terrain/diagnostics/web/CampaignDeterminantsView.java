package io.terrain.diagnostics.web;

import io.terrain.diagnostics.api.DeterminantDraft;
import io.terrain.diagnostics.api.DeterminantKind;
import io.terrain.diagnostics.api.DeterminantSummary;
import io.terrain.diagnostics.boundary.FindingsFacade;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** The campaign page's determinants tab: the organisational causes behind the friction points, and the form for one. */
@Named
@ViewScoped
public class CampaignDeterminantsView extends CampaignTab {

    private static final long serialVersionUID = 1L;

    @Inject
    FindingsFacade findingsFacade;

    private List<DeterminantSummary> determinants = List.of();
    private DeterminantKind determinantKind = DeterminantKind.STAFFING;
    private String determinantFinding;
    private List<Long> determinantFrictions = new ArrayList<>();

    @Override
    protected void read() {
        determinants = findingsFacade.determinants(campaignId());
    }

    public void saveDeterminant() {
        boolean saved = page.act("tabs:determinantForm", () -> findingsFacade.saveDeterminant(campaignId(), null, 0,
                new DeterminantDraft(determinantKind, determinantFinding, determinantFrictions)), "determinant.saved");
        if (saved) {
            determinantFinding = null;
            determinantFrictions = new ArrayList<>();
        }
    }

    public List<DeterminantSummary> getDeterminants() {
        current();
        return determinants;
    }

    public DeterminantKind[] getDeterminantKinds() {
        return DeterminantKind.values();
    }

    public DeterminantKind getDeterminantKind() { return determinantKind; }
    public void setDeterminantKind(DeterminantKind v) { determinantKind = v; }
    public String getDeterminantFinding() { return determinantFinding; }
    public void setDeterminantFinding(String v) { determinantFinding = v; }
    public List<Long> getDeterminantFrictions() { return determinantFrictions; }
    public void setDeterminantFrictions(List<Long> v) { determinantFrictions = v; }
}
