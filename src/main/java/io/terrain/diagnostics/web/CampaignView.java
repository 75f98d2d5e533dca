package io.terrain.diagnostics.web;

import io.terrain.diagnostics.api.AspirationDraft;
import io.terrain.diagnostics.api.CampaignDraft;
import io.terrain.diagnostics.api.CampaignStatus;
import io.terrain.diagnostics.api.CampaignSummary;
import io.terrain.diagnostics.api.JourneySummary;
import io.terrain.diagnostics.boundary.CampaignsFacade;
import io.terrain.diagnostics.boundary.JourneysFacade;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.platform.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * diagnostics/campaign.xhtml: one campaign from sample to report, a tab per stage. This bean is the
 * page's (the campaign, who may do what, the overview and aspiration tab); each other tab has its
 * own bean (CampaignSampleView, CampaignFieldworkView, CampaignVerbatimsView, CampaignFrictionsView,
 * CampaignDeterminantsView, CampaignStakesView, CampaignReportView), which reads its data when first
 * shown and again only after a change made on the page ({@link #revision()}), not after every click.
 */
@Named
@ViewScoped
public class CampaignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignsFacade campaignsFacade;

    @Inject
    JourneysFacade journeysFacade;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private CampaignSummary campaign;
    /** Counts the changes made on this page; a tab whose data was read at an older count reads it again. */
    private long revision;
    private List<JourneySummary> journeys = List.of();
    private List<JourneySummary> allJourneys = List.of();
    private List<UserSummary> observers = List.of();

    // overview and aspiration form
    private String name;
    private String objective;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private CampaignStatus status;
    private List<Long> journeyIds = new ArrayList<>();
    private List<Long> memberIds = new ArrayList<>();
    private String aspiration;
    private String agreedBy;
    private LocalDate agreedOn;

    public void load() {
        if (id == null) {
            throw new NotFound("Campaign", "?");
        }
        reload();
    }

    /** Reads the campaign again and puts the overview form back as stored. */
    public void reload() {
        campaign = campaignsFacade.campaign(id);
        journeys = journeysFacade.campaignJourneys(id);
        if (isManager()) {
            allJourneys = journeysFacade.journeys();
            observers = campaignsFacade.observers();
        }
        revision++;
        name = campaign.name();
        objective = campaign.objective();
        startsOn = campaign.startsOn();
        endsOn = campaign.endsOn();
        status = campaign.status();
        journeyIds = new ArrayList<>(campaign.journeyIds());
        memberIds = new ArrayList<>(campaign.memberIds());
        aspiration = campaign.aspiration();
        agreedBy = campaign.aspirationAgreedBy();
        agreedOn = campaign.aspirationAgreedOn() == null ? LocalDate.now() : campaign.aspirationAgreedOn();
    }

    public boolean isManager() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER);
    }

    public boolean isExecutive() {
        return currentUser.hasRole(Role.EXECUTIVE);
    }

    /** Observers and managers record; executives only read; nobody records in a closed campaign. */
    public boolean isCanRecord() {
        return campaign != null && campaign.status() != CampaignStatus.CLOSED && (isManager() || currentUser.hasRole(Role.COACH));
    }

    public void saveOverview() {
        act("tabs:overviewForm", () -> campaignsFacade.updateCampaign(id, campaign.version(),
                new CampaignDraft(name, objective, startsOn, endsOn, status, memberIds, journeyIds)), "campaign.saved");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            journeys = journeysFacade.campaignJourneys(id);
        }
    }

    public void saveAspiration() {
        act("tabs:aspirationForm", () -> campaignsFacade.agreeAspiration(id, campaign.version(), new AspirationDraft(aspiration, agreedBy,
                agreedOn)), "aspiration.saved");
    }

    /**
     * Runs a change made on one of the page's tabs: on success, says so, reads the campaign again (its version moves
     * with its sample and aspiration) and marks every tab's data as old; otherwise shows the problems on the form.
     *
     * @return whether the change was made
     */
    public boolean act(String formId, Runnable change, String doneKey) {
        try {
            change.run();
            FacesMessages.info(doneKey);
            changed();
            return true;
        } catch (InvalidInput e) {
            FacesMessages.problems(formId, e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
        return false;
    }

    /** Something changed on the page: the campaign is read again and every tab's data is marked as old. */
    public void changed() {
        campaign = campaignsFacade.campaign(id);
        revision++;
    }

    public long revision() {
        return revision;
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** "Journey › step" of one of the campaign's steps. */
    public String stepName(long stepId) {
        for (JourneySummary j : journeys) {
            for (JourneySummary.Step s : j.steps()) {
                if (s.id() == stepId) {
                    return j.name(locale()) + " › " + s.name(locale());
                }
            }
        }
        return "?";
    }

    /** The steps of the campaign's journeys, grouped by journey, for step pickers. */
    public List<SelectItem> getStepChoices() {
        List<SelectItem> groups = new ArrayList<>();
        for (JourneySummary j : journeys) {
            SelectItemGroup group = new SelectItemGroup(j.name(locale()));
            group.setSelectItems(j.steps().stream().map(s -> new SelectItem(s.id(), s.name(locale()))).toArray(SelectItem[]::new));
            groups.add(group);
        }
        return groups;
    }

    public String joined(List<String> values) {
        return String.join(", ", values);
    }

    /** A share (0-1) as a whole percentage. */
    public long percent(double share) {
        return Math.round(share * 100);
    }

    public CampaignStatus[] getStatuses() {
        return CampaignStatus.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CampaignSummary getCampaign() { return campaign; }
    public List<JourneySummary> getJourneys() { return journeys; }
    public List<JourneySummary> getAllJourneys() { return allJourneys; }
    public List<UserSummary> getObservers() { return observers; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getObjective() { return objective; }
    public void setObjective(String v) { objective = v; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate v) { startsOn = v; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate v) { endsOn = v; }
    public CampaignStatus getStatus() { return status; }
    public void setStatus(CampaignStatus v) { status = v; }
    public List<Long> getJourneyIds() { return journeyIds; }
    public void setJourneyIds(List<Long> v) { journeyIds = v; }
    public List<Long> getMemberIds() { return memberIds; }
    public void setMemberIds(List<Long> v) { memberIds = v; }
    public String getAspiration() { return aspiration; }
    public void setAspiration(String v) { aspiration = v; }
    public String getAgreedBy() { return agreedBy; }
    public void setAgreedBy(String v) { agreedBy = v; }
    public LocalDate getAgreedOn() { return agreedOn; }
    public void setAgreedOn(LocalDate v) { agreedOn = v; }
}
