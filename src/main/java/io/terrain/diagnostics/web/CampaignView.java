package io.terrain.diagnostics.web;

import io.terrain.diagnostics.api.AspirationDraft;
import io.terrain.diagnostics.api.CampaignDraft;
import io.terrain.diagnostics.api.CampaignStatus;
import io.terrain.diagnostics.api.CampaignSummary;
import io.terrain.diagnostics.api.Cause;
import io.terrain.diagnostics.api.Channel;
import io.terrain.diagnostics.api.DeterminantDraft;
import io.terrain.diagnostics.api.DeterminantKind;
import io.terrain.diagnostics.api.DeterminantSummary;
import io.terrain.diagnostics.api.DiagnosticReport;
import io.terrain.diagnostics.api.FrictionDraft;
import io.terrain.diagnostics.api.FrictionSummary;
import io.terrain.diagnostics.api.JourneySummary;
import io.terrain.diagnostics.api.ObservationSummary;
import io.terrain.diagnostics.api.SampleCoverage;
import io.terrain.diagnostics.api.ScoreKind;
import io.terrain.diagnostics.api.SiteContextSummary;
import io.terrain.diagnostics.api.StakeDraft;
import io.terrain.diagnostics.api.StakeSummary;
import io.terrain.diagnostics.api.VerbatimDraft;
import io.terrain.diagnostics.api.VerbatimFilter;
import io.terrain.diagnostics.api.VerbatimImportReport;
import io.terrain.diagnostics.api.VerbatimSummary;
import io.terrain.diagnostics.boundary.DiagnosticsFacade;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.api.UserSummary;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.platform.web.FacesMessages;
import io.terrain.platform.web.PagedModel;
import io.terrain.platform.web.UploadedFiles;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;

/**
 * diagnostics/campaign.xhtml: one campaign from sample to report, a tab per stage. Each tab's data
 * is read when the page opens and after each change (a campaign holds hundreds of rows, not more,
 * but verbatims page lazily).
 */
@Named
@ViewScoped
public class CampaignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DiagnosticsFacade diagnostics;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private CampaignSummary campaign;
    private List<JourneySummary> journeys = List.of();
    private List<JourneySummary> allJourneys = List.of();
    private List<UserSummary> observers = List.of();
    private List<SiteSummary> sample = List.of();
    private SampleCoverage coverage;
    private List<ObservationSummary> observations = List.of();
    private List<SiteContextSummary> contexts = List.of();
    private List<FrictionSummary> frictions = List.of();
    private List<DeterminantSummary> determinants = List.of();
    private List<StakeSummary> stakes = List.of();
    private DiagnosticReport report;
    private List<VerbatimSummary> verbatimChoices = List.of();
    private List<String> kpiCodes = List.of();

    // overview form
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

    // sample
    private Integer proposalSize = 12;
    private List<SiteSummary> proposal;
    private SampleCoverage proposalCoverage;
    private String addSiteCode;

    // verbatims
    private Boolean detractorsOnly;
    private Channel verbatimChannel;
    private String verbatimText;
    private final PagedModel<VerbatimSummary> verbatims = new PagedModel<>(
            (offset, limit, sort, desc) -> diagnostics.verbatims(id, new VerbatimFilter(null, null, verbatimChannel, null,
                    detractorsOnly, verbatimText), offset, limit), v -> String.valueOf(v.id()));
    private VerbatimImportReport importReport;
    private String newVerbatimSite;
    private LocalDate newVerbatimOn = LocalDate.now();
    private Channel newVerbatimChannel = Channel.STORE;
    private String newVerbatimText;
    private ScoreKind newVerbatimKind;
    private Integer newVerbatimScore;
    private String newVerbatimCategory;

    // friction form
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

    // determinant and stake forms
    private DeterminantKind determinantKind = DeterminantKind.STAFFING;
    private String determinantFinding;
    private List<Long> determinantFrictions = new ArrayList<>();
    private String stakeTitle;
    private String stakeDescription;
    private Integer stakePriority = 1;
    private List<Long> stakeFrictions = new ArrayList<>();

    public void load() {
        if (id == null) {
            throw new NotFound("Campaign", "?");
        }
        refresh();
        resetOverview();
    }

    private void refresh() {
        campaign = diagnostics.campaign(id);
        journeys = diagnostics.campaignJourneys(id);
        sample = diagnostics.sample(id);
        observations = diagnostics.observations(id);
        contexts = diagnostics.contexts(id);
        // The report holds the Pareto of friction points, the determinants, the stakes and (for
        // managers and executives) the coverage: read once, not again for each tab.
        report = diagnostics.report(id);
        frictions = report.frictions();
        determinants = report.determinants();
        stakes = report.stakes();
        coverage = report.coverage();
        if (isManager()) {
            allJourneys = diagnostics.journeys();
            observers = diagnostics.observers();
        }
        verbatimChoices = diagnostics.verbatims(id, VerbatimFilter.all(), 0, DiagnosticsFacade.MAX_PAGE).items();
        kpiCodes = diagnostics.kpiCodes();
    }

    private void resetOverview() {
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

    /** Observers and managers record; executives only read; nobody records in a closed campaign. */
    public boolean isCanRecord() {
        return campaign != null && campaign.status() != CampaignStatus.CLOSED && (isManager() || currentUser.hasRole(Role.COACH));
    }

    // ---- overview ----

    public void saveOverview() {
        act("tabs:overviewForm", () -> diagnostics.updateCampaign(id, campaign.version(),
                new CampaignDraft(name, objective, startsOn, endsOn, status, memberIds, journeyIds)), "campaign.saved");
    }

    public void saveAspiration() {
        act("tabs:aspirationForm", () -> diagnostics.agreeAspiration(id, campaign.version(), new AspirationDraft(aspiration, agreedBy, agreedOn)),
                "aspiration.saved");
    }

    public void reload() {
        refresh();
        resetOverview();
    }

    // ---- sample ----

    public void propose() {
        try {
            proposal = diagnostics.proposeSample(id, proposalSize == null ? 0 : proposalSize, System.nanoTime());
            Set<Long> ids = new HashSet<>();
            proposal.forEach(s -> ids.add(s.id()));
            proposalCoverage = diagnostics.coverageOf(ids);
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:sampleForm", e.problems());
        }
    }

    public void useProposal() {
        if (proposal != null) {
            saveSample(proposal.stream().map(SiteSummary::id).toList());
            proposal = null;
            proposalCoverage = null;
        }
    }

    public void removeSite(long siteId) {
        saveSample(sample.stream().map(SiteSummary::id).filter(s -> s != siteId).toList());
    }

    public void addSite() {
        if (addSiteCode == null || addSiteCode.isBlank()) {
            return;
        }
        Long found = diagnostics.siteIdByCode(addSiteCode.strip());
        if (found == null) {
            FacesMessages.problems("tabs:sampleForm", List.of(Problem.of("addSiteCode", "measurement.site.unknown", addSiteCode)));
            return;
        }
        List<Long> ids = new ArrayList<>(sample.stream().map(SiteSummary::id).toList());
        if (!ids.contains(found)) {
            ids.add(found);
        }
        saveSample(ids);
        addSiteCode = null;
    }

    private void saveSample(List<Long> siteIds) {
        act("tabs:sampleForm", () -> diagnostics.saveSample(id, campaign.version(), siteIds), "sample.saved");
    }

    // ---- verbatims ----

    public void addVerbatim() {
        act("tabs:verbatimForm", () -> diagnostics.addVerbatim(id, new VerbatimDraft(newVerbatimSite, newVerbatimOn, newVerbatimChannel,
                newVerbatimText, newVerbatimKind, newVerbatimScore, newVerbatimCategory, null)), "verbatim.saved");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            newVerbatimText = newVerbatimCategory = null;
            newVerbatimScore = null;
        }
    }

    public void importVerbatims(FileUploadEvent event) {
        String stored = UploadedFiles.store(event.getFile(), "terrain-verbatims-");
        try {
            importReport = diagnostics.importVerbatims(id, Path.of(stored), event.getFile().getFileName(), false);
            if (importReport.applied()) {
                FacesMessages.info("verbatims.imported", importReport.written());
                refresh();
            }
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:verbatimImport", e.problems());
        } finally {
            try {
                Files.deleteIfExists(Path.of(stored));
            } catch (IOException ignored) {
                // the OS cleans its temp folder
            }
        }
    }

    /** The rejected rows of the last verbatim import, as a CSV to open beside the file. */
    public void downloadVerbatimProblems() throws IOException {
        if (importReport != null) {
            io.terrain.platform.web.CsvDownload.problems("verbatim-problems.csv", importReport.problems(), importReport.rejectedRows());
        }
    }

    public String problemText(Problem problem) {
        return Messages.text(locale(), problem);
    }

    // ---- friction points ----

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
        act("tabs:frictionForm", () -> diagnostics.saveFriction(id, frictionId, frictionVersion, new FrictionDraft(frictionStep, frictionCause,
                frictionTitle, frictionDescription, frictionSeverity, frictionObservations, frictionVerbatims, frictionKpis)),
                "friction.saved");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            newFriction();
        }
    }

    /** The observations a friction point may cite: those at its step first, all of them when no step is chosen. */
    public List<ObservationSummary> getFrictionObservationChoices() {
        return frictionStep == null ? observations : observations.stream().filter(o -> o.stepId() == frictionStep).toList();
    }

    /** The verbatims a friction point may cite: the first page, detractors first. */
    public List<VerbatimSummary> getVerbatimChoices() {
        return verbatimChoices;
    }

    public List<String> getKpiCodes() {
        return kpiCodes;
    }

    // ---- determinants and stakes ----

    public void saveDeterminant() {
        act("tabs:determinantForm", () -> diagnostics.saveDeterminant(id, null, 0, new DeterminantDraft(determinantKind, determinantFinding,
                determinantFrictions)), "determinant.saved");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            determinantFinding = null;
            determinantFrictions = new ArrayList<>();
        }
    }

    public void saveStake() {
        act("tabs:stakeForm", () -> diagnostics.saveStake(id, null, 0, new StakeDraft(stakeTitle, stakeDescription, stakePriority, stakeFrictions)),
                "stake.saved");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            stakeTitle = stakeDescription = null;
            stakePriority = stakes.size() + 1;
            stakeFrictions = new ArrayList<>();
        }
    }

    public String frictionTitles(List<Long> ids) {
        List<String> titles = new ArrayList<>();
        for (FrictionSummary f : frictions) {
            if (ids.contains(f.id())) {
                titles.add(f.title());
            }
        }
        return String.join(" · ", titles);
    }

    // ---- report charts ----

    public String getCauseChart() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        report.frictionsByCause().forEach((k, v) -> counts.put(Messages.text(locale(), "cause." + k), v));
        return barChart(Messages.text(locale(), "report.byCause"), counts, "#0b5394");
    }

    public String getStepChart() {
        return barChart(Messages.text(locale(), "report.byStep"), report.frictionsByStep(), "#e69138");
    }

    public String getDeterminantChart() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        report.determinantsByKind().forEach((k, v) -> counts.put(Messages.text(locale(), "determinant." + k), v));
        return barChart(Messages.text(locale(), "report.byDeterminant"), counts, "#6aa84f");
    }

    public String getScoreChart() {
        return barChart(Messages.text(locale(), "report.scores"), report.verbatimScores(), "#999999");
    }

    public String getParetoChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder scores = Json.createArrayBuilder();
        JsonArrayBuilder cumulative = Json.createArrayBuilder();
        double total = frictions.stream().mapToDouble(FrictionSummary::score).sum();
        double running = 0;
        for (FrictionSummary f : frictions) {
            labels.add(f.title());
            scores.add(Math.round(f.score() * 100) / 100.0);
            running += f.score();
            cumulative.add(total == 0 ? 0 : Math.round(running / total * 1000) / 10.0);
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Messages.text(locale(), "friction.score")).add("data", scores)
                                .add("backgroundColor", "#0b5394").add("yAxisID", "y"))
                        .add(Json.createObjectBuilder().add("type", "line").add("label", Messages.text(locale(), "report.cumulative"))
                                .add("data", cumulative).add("borderColor", "#cc0000").add("backgroundColor", "#cc0000").add("yAxisID", "y1"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true))
                                .add("y1", Json.createObjectBuilder().add("position", "right").add("min", 0).add("max", 100))))
                .build().toString();
    }

    private static String barChart(String label, Map<String, Integer> counts, String colour) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        counts.forEach((k, v) -> {
            labels.add(k);
            data.add(v);
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false).add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false))
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", label)))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    // ---- plumbing ----

    private void act(String formId, Runnable change, String doneKey) {
        try {
            change.run();
            FacesMessages.info(doneKey);
            refresh();
        } catch (InvalidInput e) {
            FacesMessages.problems(formId, e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

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

    public String observerName(long userId) {
        return observers.stream().filter(u -> u.id() == userId).map(UserSummary::displayName).findFirst().orElse("#" + userId);
    }

    public String getPdfUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/diagnostics/campaigns/" + id
                + "/report.pdf";
    }

    public String getExcelUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/diagnostics/campaigns/" + id
                + "/report.xlsx";
    }

    public CampaignStatus[] getStatuses() {
        return CampaignStatus.values();
    }

    public Cause[] getCauses() {
        return Cause.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public DeterminantKind[] getDeterminantKinds() {
        return DeterminantKind.values();
    }

    public ScoreKind[] getScoreKinds() {
        return ScoreKind.values();
    }

    // ---- getters and setters ----

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignSummary getCampaign() {
        return campaign;
    }

    public List<JourneySummary> getJourneys() {
        return journeys;
    }

    public List<JourneySummary> getAllJourneys() {
        return allJourneys;
    }

    public List<UserSummary> getObservers() {
        return observers;
    }

    public List<SiteSummary> getSample() {
        return sample;
    }

    public SampleCoverage getCoverage() {
        return coverage;
    }

    public List<ObservationSummary> getObservations() {
        return observations;
    }

    public List<SiteContextSummary> getContexts() {
        return contexts;
    }

    public List<FrictionSummary> getFrictions() {
        return frictions;
    }

    public List<DeterminantSummary> getDeterminants() {
        return determinants;
    }

    public List<StakeSummary> getStakes() {
        return stakes;
    }

    public DiagnosticReport getReport() {
        return report;
    }

    public PagedModel<VerbatimSummary> getVerbatims() {
        return verbatims;
    }

    public VerbatimImportReport getImportReport() {
        return importReport;
    }

    public List<SiteSummary> getProposal() {
        return proposal;
    }

    public SampleCoverage getProposalCoverage() {
        return proposalCoverage;
    }

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
    public Integer getProposalSize() { return proposalSize; }
    public void setProposalSize(Integer v) { proposalSize = v; }
    public String getAddSiteCode() { return addSiteCode; }
    public void setAddSiteCode(String v) { addSiteCode = v; }
    public Boolean getDetractorsOnly() { return detractorsOnly; }
    public void setDetractorsOnly(Boolean v) { detractorsOnly = v; }
    public Channel getVerbatimChannel() { return verbatimChannel; }
    public void setVerbatimChannel(Channel v) { verbatimChannel = v; }
    public String getVerbatimText() { return verbatimText; }
    public void setVerbatimText(String v) { verbatimText = v; }
    public String getNewVerbatimSite() { return newVerbatimSite; }
    public void setNewVerbatimSite(String v) { newVerbatimSite = v; }
    public LocalDate getNewVerbatimOn() { return newVerbatimOn; }
    public void setNewVerbatimOn(LocalDate v) { newVerbatimOn = v; }
    public Channel getNewVerbatimChannel() { return newVerbatimChannel; }
    public void setNewVerbatimChannel(Channel v) { newVerbatimChannel = v; }
    public String getNewVerbatimText() { return newVerbatimText; }
    public void setNewVerbatimText(String v) { newVerbatimText = v; }
    public ScoreKind getNewVerbatimKind() { return newVerbatimKind; }
    public void setNewVerbatimKind(ScoreKind v) { newVerbatimKind = v; }
    public Integer getNewVerbatimScore() { return newVerbatimScore; }
    public void setNewVerbatimScore(Integer v) { newVerbatimScore = v; }
    public String getNewVerbatimCategory() { return newVerbatimCategory; }
    public void setNewVerbatimCategory(String v) { newVerbatimCategory = v; }
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
    public DeterminantKind getDeterminantKind() { return determinantKind; }
    public void setDeterminantKind(DeterminantKind v) { determinantKind = v; }
    public String getDeterminantFinding() { return determinantFinding; }
    public void setDeterminantFinding(String v) { determinantFinding = v; }
    public List<Long> getDeterminantFrictions() { return determinantFrictions; }
    public void setDeterminantFrictions(List<Long> v) { determinantFrictions = v; }
    public String getStakeTitle() { return stakeTitle; }
    public void setStakeTitle(String v) { stakeTitle = v; }
    public String getStakeDescription() { return stakeDescription; }
    public void setStakeDescription(String v) { stakeDescription = v; }
    public Integer getStakePriority() { return stakePriority; }
    public void setStakePriority(Integer v) { stakePriority = v; }
    public List<Long> getStakeFrictions() { return stakeFrictions; }
    public void setStakeFrictions(List<Long> v) { stakeFrictions = v; }
}
