package io.terrain.diagnostics.web;

import io.terrain.diagnostics.api.Cause;
import io.terrain.diagnostics.api.FrictionDraft;
import io.terrain.diagnostics.api.FrictionSummary;
import io.terrain.diagnostics.api.ObservationSummary;
import io.terrain.diagnostics.api.VerbatimFilter;
import io.terrain.diagnostics.api.VerbatimSummary;
import io.terrain.diagnostics.boundary.CampaignsFacade;
import io.terrain.diagnostics.boundary.FindingsFacade;
import io.terrain.diagnostics.boundary.VerbatimsFacade;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The campaign page's friction points tab: the friction points in Pareto order (the determinants' and stakes' tabs
 * pick from them too), and the form that records or changes one, citing observations, verbatims and KPIs.
 */
@Named
@ViewScoped
public class CampaignFrictionsView extends CampaignTab {

    private static final long serialVersionUID = 1L;

    @Inject
    FindingsFacade findingsFacade;

    @Inject
    VerbatimsFacade verbatimsFacade;

    @Inject
    CampaignsFacade campaignsFacade;

    @Inject
    CampaignFieldworkView fieldwork;

    private List<FrictionSummary> frictions = List.of();
    private List<VerbatimSummary> verbatimChoices;
    private List<String> kpiCodes;

    private Long frictionId;
    private long frictionVersion;
    private Long frictionStep;
    private Cause frictionCause = Cause.RELATIONAL;
    private String frictionTitle;
    private String frictionDescription;
    private Integer frictionSeverity = 2;
    private List<Long> frictionObservations = new ArrayList<>();
    private List<Long> frictionVerbatims = new ArrayList<>();
    private List<String> frictionKpis = new ArrayList<>();

    @Override
    protected void read() {
        frictions = findingsFacade.pareto(campaignId());
        verbatimChoices = null;
    }

    public void newFriction() {
        frictionId = null;
        frictionVersion = 0;
        frictionStep = null;
        frictionCause = Cause.RELATIONAL;
        frictionTitle = frictionDescription = null;
        frictionSeverity = 2;
        frictionObservations = new ArrayList<>();
        frictionVerbatims = new ArrayList<>();
        frictionKpis = new ArrayList<>();
    }

    public void editFriction(FrictionSummary f) {
        frictionId = f.id();
        frictionVersion = f.version();
        frictionStep = f.stepId();
        frictionCause = f.cause();
        frictionTitle = f.title();
        frictionDescription = f.description();
        frictionSeverity = f.severity();
        frictionObservations = new ArrayList<>(f.observationIds());
        frictionVerbatims = new ArrayList<>(f.verbatimIds());
        frictionKpis = new ArrayList<>(f.kpiCodes());
    }

    public void saveFriction() {
        boolean saved = page.act("tabs:frictionForm", () -> findingsFacade.saveFriction(campaignId(), frictionId, frictionVersion,
                new FrictionDraft(frictionStep, frictionCause, frictionTitle, frictionDescription, frictionSeverity, frictionObservations,
                        frictionVerbatims, frictionKpis)), "friction.saved");
        if (saved) {
            newFriction();
        }
    }

    /** The observations a friction point may cite: those at its step first, all of them when no step is chosen. */
    public List<ObservationSummary> getFrictionObservationChoices() {
        List<ObservationSummary> observations = fieldwork.getObservations();
        return frictionStep == null ? observations : observations.stream().filter(o -> o.stepId() == frictionStep).toList();
    }

    /** The verbatims a friction point may cite: the first page, detractors first. */
    public List<VerbatimSummary> getVerbatimChoices() {
        current();
        if (verbatimChoices == null) {
            verbatimChoices = verbatimsFacade.verbatims(campaignId(), VerbatimFilter.all(), 0, VerbatimsFacade.MAX_PAGE).items();
        }
        return verbatimChoices;
    }

    public List<String> getKpiCodes() {
        if (kpiCodes == null) {
            kpiCodes = campaignsFacade.kpiCodes();
        }
        return kpiCodes;
    }

    /** The titles of these friction points, in Pareto order. */
    public String frictionTitles(List<Long> ids) {
        return String.join(" · ", getFrictions().stream().filter(f -> ids.contains(f.id())).map(FrictionSummary::title).toList());
    }

    public Cause[] getCauses() {
        return Cause.values();
    }

    public List<FrictionSummary> getFrictions() {
        current();
        return frictions;
    }

    public Long getFrictionId() { return frictionId; }
    public Long getFrictionStep() { return frictionStep; }
    public void setFrictionStep(Long v) { frictionStep = v; }
    public Cause getFrictionCause() { return frictionCause; }
    public void setFrictionCause(Cause v) { frictionCause = v; }
    public String getFrictionTitle() { return frictionTitle; }
    public void setFrictionTitle(String v) { frictionTitle = v; }
    public String getFrictionDescription() { return frictionDescription; }
    public void setFrictionDescription(String v) { frictionDescription = v; }
    public Integer getFrictionSeverity() { return frictionSeverity; }
    public void setFrictionSeverity(Integer v) { frictionSeverity = v; }
    public List<Long> getFrictionObservations() { return frictionObservations; }
    public void setFrictionObservations(List<Long> v) { frictionObservations = v; }
    public List<Long> getFrictionVerbatims() { return frictionVerbatims; }
    public void setFrictionVerbatims(List<Long> v) { frictionVerbatims = v; }
    public List<String> getFrictionKpis() { return frictionKpis; }
    public void setFrictionKpis(List<String> v) { frictionKpis = v; }
}
