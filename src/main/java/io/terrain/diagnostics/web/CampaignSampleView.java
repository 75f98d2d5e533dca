package io.terrain.diagnostics.web;

import io.terrain.diagnostics.api.SampleCoverage;
import io.terrain.diagnostics.boundary.CampaignsFacade;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The campaign page's sample tab: the sites observed, how well they reflect the network, a proposal to start from. */
@Named
@ViewScoped
public class CampaignSampleView extends CampaignTab {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignsFacade campaignsFacade;

    private List<SiteSummary> sample = List.of();
    private SampleCoverage coverage;
    private Integer proposalSize = 12;
    private List<SiteSummary> proposal;
    private SampleCoverage proposalCoverage;
    private String addSiteCode;

    @Override
    protected void read() {
        sample = campaignsFacade.sample(campaignId());
        // Against every site of the network: for those who run or follow the campaign, not for its observers.
        coverage = page.isManager() || page.isExecutive() ? campaignsFacade.coverage(campaignId()) : null;
    }

    public void propose() {
        try {
            proposal = campaignsFacade.proposeSample(campaignId(), proposalSize == null ? 0 : proposalSize, System.nanoTime());
            Set<Long> ids = proposal.stream().map(SiteSummary::id).collect(Collectors.toSet());
            proposalCoverage = campaignsFacade.coverageOf(ids);
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:sampleForm", e.problems());
        }
    }

    public void useProposal() {
        if (proposal != null && save(proposal.stream().map(SiteSummary::id).toList())) {
            proposal = null;
            proposalCoverage = null;
        }
    }

    public void removeSite(long siteId) {
        save(getSample().stream().map(SiteSummary::id).filter(s -> s != siteId).toList());
    }

    public void addSite() {
        if (addSiteCode == null || addSiteCode.isBlank()) {
            return;
        }
        Long found = campaignsFacade.siteIdByCode(addSiteCode.strip());
        if (found == null) {
            FacesMessages.problems("tabs:sampleForm", List.of(Problem.of("addSiteCode", "measurement.site.unknown", addSiteCode)));
            return;
        }
        List<Long> ids = new ArrayList<>(getSample().stream().map(SiteSummary::id).toList());
        if (!ids.contains(found)) {
            ids.add(found);
        }
        if (save(ids)) {
            addSiteCode = null;
        }
    }

    private boolean save(List<Long> siteIds) {
        return page.act("tabs:sampleForm", () -> campaignsFacade.saveSample(campaignId(), page.getCampaign().version(), siteIds),
                "sample.saved");
    }

    public List<SiteSummary> getSample() {
        current();
        return sample;
    }

    public SampleCoverage getCoverage() {
        current();
        return coverage;
    }

    public List<SiteSummary> getProposal() { return proposal; }
    public SampleCoverage getProposalCoverage() { return proposalCoverage; }
    public Integer getProposalSize() { return proposalSize; }
    public void setProposalSize(Integer v) { proposalSize = v; }
    public String getAddSiteCode() { return addSiteCode; }
    public void setAddSiteCode(String v) { addSiteCode = v; }
}
