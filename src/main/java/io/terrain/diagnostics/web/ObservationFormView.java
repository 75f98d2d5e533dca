package io.terrain.diagnostics.web;

import io.terrain.diagnostics.api.CampaignSummary;
import io.terrain.diagnostics.api.JourneySummary;
import io.terrain.diagnostics.api.ObservationDraft;
import io.terrain.diagnostics.api.SiteContextDraft;
import io.terrain.diagnostics.api.SiteContextSummary;
import io.terrain.diagnostics.boundary.CampaignsFacade;
import io.terrain.diagnostics.boundary.FieldworkFacade;
import io.terrain.diagnostics.boundary.JourneysFacade;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * diagnostics/observe.xhtml, made for a phone held in one hand: one observation per customer
 * interaction (site, journey step, that step's grid, a note), and the site's organizational context
 * of the day. Every step's grid is on the page and the step picker only shows one, so the browser
 * can keep a half-filled form across a reload (terrain-observe.js) without asking the server.
 */
@Named
@ViewScoped
public class ObservationFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignsFacade campaignsFacade;

    @Inject
    JourneysFacade journeysFacade;

    @Inject
    FieldworkFacade fieldworkFacade;

    private Long campaignId;
    private CampaignSummary campaign;
    private List<SiteSummary> sites = List.of();
    private List<JourneySummary> journeys = List.of();
    private int recorded;

    private String uuid = UUID.randomUUID().toString();
    private Long siteId;
    /** The version of the site's context this form last read or saved (null: none read yet), and for which site. */
    private Long contextVersion;
    private Long contextSiteId;
    private Long stepId;
    private LocalDateTime observedAt = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
    private String note;
    private Map<Long, String> choices = new HashMap<>();
    private Map<Long, Integer> ratings = new HashMap<>();
    private Map<Long, Double> minutes = new HashMap<>();

    private Integer staffPresent;
    private String roles;
    private String toolsAvailable;
    private Boolean toolsWorking;
    private String layoutRemarks;
    private Boolean objectivesDisplayed;
    private String ritualObserved;

    public void load() {
        if (campaignId == null) {
            throw new NotFound("Campaign", "?");
        }
        campaign = campaignsFacade.campaign(campaignId);
        sites = campaignsFacade.sample(campaignId);
        journeys = journeysFacade.campaignJourneys(campaignId);
    }

    /** Sends the observation; the page then starts a new one (same site and step, a new UUID). */
    public void save() {
        List<ObservationDraft.Answer> answers = new ArrayList<>();
        JourneySummary.Step step = step(stepId);
        if (step != null) {
            for (JourneySummary.Criterion c : step.criteria()) {
                switch (c.kind()) {
                    case YES_NO -> {
                        String choice = choices.get(c.id());
                        if (choice != null && !choice.isBlank()) {
                            answers.add(new ObservationDraft.Answer(c.id(), choice, null, null));
                        }
                    }
                    case RATING -> {
                        Integer rating = ratings.get(c.id());
                        if (rating != null) {
                            answers.add(new ObservationDraft.Answer(c.id(), null, rating, null));
                        }
                    }
                    case MINUTES -> {
                        Double m = minutes.get(c.id());
                        if (m != null) {
                            answers.add(new ObservationDraft.Answer(c.id(), null, null, m));
                        }
                    }
                }
            }
        }
        try {
            var result = fieldworkFacade.recordObservation(campaignId, new ObservationDraft(uuid, siteId, stepId, observedAt, note, answers));
            recorded++;
            FacesMessages.info(result.created() ? "observe.saved" : "observe.alreadySaved");
            uuid = UUID.randomUUID().toString();
            observedAt = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
            note = null;
            choices = new HashMap<>();
            ratings = new HashMap<>();
            minutes = new HashMap<>();
        } catch (InvalidInput e) {
            FacesMessages.problems("observeForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("observation.uuid.reused");
            uuid = UUID.randomUUID().toString();
        }
    }

    public void saveContext() {
        try {
            SiteContextSummary saved = fieldworkFacade.saveContext(campaignId, new SiteContextDraft(siteId, LocalDate.now(), staffPresent,
                    roles, toolsAvailable, toolsWorking, layoutRemarks, objectivesDisplayed, ritualObserved, contextVersion));
            contextVersion = saved.version();
            contextSiteId = siteId;
            FacesMessages.info("context.saved");
        } catch (InvalidInput e) {
            FacesMessages.problems("contextForm", e.problems());
        } catch (EditConflict e) {
            // Recorded by a colleague (or another tab) first: show theirs, never overwrite it unseen.
            showRecordedContext();
            FacesMessages.error("context.conflict");
        }
    }

    private void showRecordedContext() {
        fieldworkFacade.contexts(campaignId).stream()
                .filter(c -> c.siteId() == siteId && c.observedOn().equals(LocalDate.now())).findFirst()
                .ifPresent(c -> {
                    staffPresent = c.staffPresent();
                    roles = c.roles();
                    toolsAvailable = c.toolsAvailable();
                    toolsWorking = c.toolsWorking();
                    layoutRemarks = c.layoutRemarks();
                    objectivesDisplayed = c.objectivesDisplayed();
                    ritualObserved = c.ritualObserved();
                    contextVersion = c.version();
                    contextSiteId = siteId;
                });
    }

    private JourneySummary.Step step(Long id) {
        if (id == null) {
            return null;
        }
        for (JourneySummary j : journeys) {
            for (JourneySummary.Step s : j.steps()) {
                if (s.id() == id) {
                    return s;
                }
            }
        }
        return null;
    }

    /** The steps of the campaign's journeys, grouped by journey. */
    public List<jakarta.faces.model.SelectItem> getStepChoices() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<jakarta.faces.model.SelectItem> groups = new ArrayList<>();
        for (JourneySummary j : journeys) {
            var group = new jakarta.faces.model.SelectItemGroup(j.name(locale));
            group.setSelectItems(j.steps().stream().map(s -> new jakarta.faces.model.SelectItem(s.id(), s.name(locale)))
                    .toArray(jakarta.faces.model.SelectItem[]::new));
            groups.add(group);
        }
        return groups;
    }

    public List<JourneySummary.Step> getSteps() {
        return journeys.stream().flatMap(j -> j.steps().stream()).toList();
    }

    public CampaignSummary getCampaign() {
        return campaign;
    }

    public List<SiteSummary> getSites() {
        return sites;
    }

    public int getRecorded() {
        return recorded;
    }

    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long v) { campaignId = v; }
    public String getUuid() { return uuid; }
    public void setUuid(String v) { uuid = v; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long v) {
        if (v == null || !v.equals(contextSiteId)) {
            contextVersion = null;
        }
        siteId = v;
    }
    public Long getStepId() { return stepId; }
    public void setStepId(Long v) { stepId = v; }
    public LocalDateTime getObservedAt() { return observedAt; }
    public void setObservedAt(LocalDateTime v) { observedAt = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public Map<Long, String> getChoices() { return choices; }
    public Map<Long, Integer> getRatings() { return ratings; }
    public Map<Long, Double> getMinutes() { return minutes; }
    public Integer getStaffPresent() { return staffPresent; }
    public void setStaffPresent(Integer v) { staffPresent = v; }
    public String getRoles() { return roles; }
    public void setRoles(String v) { roles = v; }
    public String getToolsAvailable() { return toolsAvailable; }
    public void setToolsAvailable(String v) { toolsAvailable = v; }
    public Boolean getToolsWorking() { return toolsWorking; }
    public void setToolsWorking(Boolean v) { toolsWorking = v; }
    public String getLayoutRemarks() { return layoutRemarks; }
    public void setLayoutRemarks(String v) { layoutRemarks = v; }
    public Boolean getObjectivesDisplayed() { return objectivesDisplayed; }
    public void setObjectivesDisplayed(Boolean v) { objectivesDisplayed = v; }
    public String getRitualObserved() { return ritualObserved; }
    public void setRitualObserved(String v) { ritualObserved = v; }
}
