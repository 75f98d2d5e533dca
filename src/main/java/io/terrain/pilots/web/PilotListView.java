package io.terrain.pilots.web;

import io.terrain.diagnostics.api.CampaignSummary;
import io.terrain.diagnostics.api.Diagnostics;
import io.terrain.diagnostics.api.StakeSummary;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.pilots.api.PilotDraft;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.boundary.PilotsFacade;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** pilots/pilots.xhtml: the pilots, and a dialog to design a new one from a diagnostic's stakes. */
@Named
@ViewScoped
public class PilotListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PilotsFacade pilots;

    @Inject
    Diagnostics diagnostics;

    @Inject
    Indicators indicators;

    @Inject
    CurrentUser currentUser;

    private List<PilotSummary> list;
    private List<CampaignSummary> campaigns = List.of();
    private List<StakeSummary> stakes = List.of();
    private List<KpiSummary> kpis = List.of();

    private String name;
    private String hypothesis;
    private Long campaignId;
    private List<Long> stakeIds = new ArrayList<>();
    private LocalDate baselineFrom = LocalDate.now().minusWeeks(12);
    private LocalDate baselineTo = LocalDate.now().minusDays(1);
    private LocalDate pilotFrom = LocalDate.now();
    private LocalDate pilotTo = LocalDate.now().plusWeeks(12);
    private String primaryKpi;
    private Double targetEffect;
    private List<String> secondaryKpis = new ArrayList<>();

    @PostConstruct
    void init() {
        list = pilots.pilots();
        if (isManager()) {
            campaigns = diagnostics.campaigns();
            kpis = indicators.kpis();
        }
    }

    public boolean isManager() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER);
    }

    public void campaignChosen() {
        stakes = pilots.stakesOf(campaignId);
        stakeIds = new ArrayList<>();
    }

    public String create() {
        List<PilotDraft.PilotKpi> chosen = new ArrayList<>();
        if (primaryKpi != null) {
            chosen.add(new PilotDraft.PilotKpi(primaryKpi, true, targetEffect));
        }
        secondaryKpis.stream().filter(k -> !k.equals(primaryKpi)).forEach(k -> chosen.add(new PilotDraft.PilotKpi(k, false, null)));
        try {
            PilotSummary created = pilots.create(new PilotDraft(name, hypothesis, campaignId, stakeIds, baselineFrom, baselineTo,
                    pilotFrom, pilotTo, List.of(), List.of(), List.of(), chosen));
            return "/pilots/pilot?faces-redirect=true&id=" + created.id();
        } catch (InvalidInput e) {
            FacesMessages.problems("pilotForm", e.problems());
            return null;
        }
    }

    public List<PilotSummary> getList() { return list; }
    public List<CampaignSummary> getCampaigns() { return campaigns; }
    public List<StakeSummary> getStakes() { return stakes; }
    public List<KpiSummary> getKpis() { return kpis; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getHypothesis() { return hypothesis; }
    public void setHypothesis(String v) { hypothesis = v; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long v) { campaignId = v; }
    public List<Long> getStakeIds() { return stakeIds; }
    public void setStakeIds(List<Long> v) { stakeIds = v; }
    public LocalDate getBaselineFrom() { return baselineFrom; }
    public void setBaselineFrom(LocalDate v) { baselineFrom = v; }
    public LocalDate getBaselineTo() { return baselineTo; }
    public void setBaselineTo(LocalDate v) { baselineTo = v; }
    public LocalDate getPilotFrom() { return pilotFrom; }
    public void setPilotFrom(LocalDate v) { pilotFrom = v; }
    public LocalDate getPilotTo() { return pilotTo; }
    public void setPilotTo(LocalDate v) { pilotTo = v; }
    public String getPrimaryKpi() { return primaryKpi; }
    public void setPrimaryKpi(String v) { primaryKpi = v; }
    public Double getTargetEffect() { return targetEffect; }
    public void setTargetEffect(Double v) { targetEffect = v; }
    public List<String> getSecondaryKpis() { return secondaryKpis; }
    public void setSecondaryKpis(List<String> v) { secondaryKpis = v; }
}
