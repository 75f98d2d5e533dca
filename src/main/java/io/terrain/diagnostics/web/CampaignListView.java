package io.terrain.diagnostics.web;

import io.terrain.diagnostics.api.CampaignDraft;
import io.terrain.diagnostics.api.CampaignSummary;
import io.terrain.diagnostics.api.JourneySummary;
import io.terrain.diagnostics.boundary.CampaignsFacade;
import io.terrain.diagnostics.boundary.JourneysFacade;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.UserSummary;
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

/** diagnostics/campaigns.xhtml: the campaigns the user may see, and a dialog to open a new one. */
@Named
@ViewScoped
public class CampaignListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignsFacade campaignsFacade;

    @Inject
    JourneysFacade journeysFacade;

    @Inject
    CurrentUser currentUser;

    private List<CampaignSummary> campaigns;
    private List<JourneySummary> journeys;
    private List<UserSummary> observers = List.of();
    private String name;
    private String objective;
    private LocalDate startsOn = LocalDate.now();
    private LocalDate endsOn = LocalDate.now().plusWeeks(6);
    private List<Long> journeyIds = new ArrayList<>();
    private List<Long> memberIds = new ArrayList<>();
    private Long createdId;

    @PostConstruct
    void init() {
        campaigns = campaignsFacade.campaigns();
        journeys = journeysFacade.journeys();
        if (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER)) {
            observers = campaignsFacade.observers();
        }
    }

    public void startCreate() {
        name = objective = null;
        startsOn = LocalDate.now();
        endsOn = LocalDate.now().plusWeeks(6);
        journeyIds = new ArrayList<>();
        memberIds = new ArrayList<>();
    }

    /** Creates the campaign and goes to it. */
    public String create() {
        try {
            CampaignSummary created = campaignsFacade.createCampaign(new CampaignDraft(name, objective, startsOn, endsOn, null, memberIds,
                    journeyIds));
            createdId = created.id();
            return "/diagnostics/campaign?faces-redirect=true&id=" + created.id();
        } catch (InvalidInput e) {
            FacesMessages.problems("campaignForm", e.problems());
            return null;
        }
    }

    public List<CampaignSummary> getCampaigns() {
        return campaigns;
    }

    public List<JourneySummary> getJourneys() {
        return journeys;
    }

    public List<UserSummary> getObservers() {
        return observers;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public List<Long> getJourneyIds() {
        return journeyIds;
    }

    public void setJourneyIds(List<Long> journeyIds) {
        this.journeyIds = journeyIds;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds;
    }

    public Long getCreatedId() {
        return createdId;
    }
}
