package io.terrain.pilots.web;

import io.terrain.indicators.api.Indicators;
import io.terrain.network.api.Network;
import io.terrain.network.api.SiteSummary;
import io.terrain.pilots.api.ControlProposal;
import io.terrain.pilots.api.DesignCheck;
import io.terrain.pilots.api.PilotDraft;
import io.terrain.pilots.api.PilotResults;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.boundary.PilotsFacade;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.platform.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * pilots/pilot.xhtml: a pilot's sites (pilot sites by code, matched controls proposed with their
 * balance and warnings, then kept), the check before launch (minimum detectable effect, placebo)
 * and the results per KPI with a chart of pilot against control sites over time.
 */
@Named
@ViewScoped
public class PilotView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PilotsFacade pilots;

    @Inject
    Network network;

    @Inject
    Indicators indicators;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private PilotSummary pilot;
    private List<SiteSummary> pilotSites = List.of();
    private List<SiteSummary> controlSites = List.of();
    private String pilotCodes;
    private int perPilot = 2;
    private ControlProposal proposal;
    private List<Map.Entry<String, String>> proposalRows = List.of();
    private ControlProposal balance;
    private DesignCheck check;
    private PilotResults results;
    private String message;
    private io.terrain.pilots.api.PerceptionSummary perception;
    private io.terrain.pilots.api.GateStatus gate;
    private List<io.terrain.pilots.api.DecisionSummary> decisions = List.of();
    private Long responseSite;
    private LocalDate respondedOn = LocalDate.now();
    private List<Integer> responseScores = new ArrayList<>();
    private Integer recommend;
    private String comment;
    private List<io.terrain.pilots.api.PackageSummary> packages = List.of();
    private io.terrain.pilots.api.PackageSummary draftPackage;
    private String packageName;
    private String processes;
    private String tools;
    private String management;
    private List<KpiRow> kpiTargets = new ArrayList<>();
    private List<StepRow> steps = new ArrayList<>();
    private io.terrain.pilots.api.PilotStatus outcome = io.terrain.pilots.api.PilotStatus.VALIDATED;
    private boolean override;
    private String rationale;

    public void load() {
        if (id == null) {
            throw new NotFound("Pilot", "?");
        }
        refresh();
    }

    private void refresh() {
        pilot = pilots.pilot(id);
        pilotSites = network.sitesByIds(pilot.pilotSiteIds());
        controlSites = network.sitesByIds(pilot.controlSiteIds());
        pilotCodes = String.join(" ", pilotSites.stream().map(SiteSummary::code).toList());
        balance = pilot.controlSiteIds().isEmpty() ? null : pilots.balance(id);
        check = null;
        results = null;
        perception = pilots.perception(id);
        decisions = pilots.decisions(id);
        packages = pilots.packages(id);
        draftPackage = packages.stream().filter(p -> !p.published()).findFirst().orElse(null);
        if (draftPackage != null) {
            packageName = draftPackage.name();
            processes = draftPackage.processes();
            tools = draftPackage.tools();
            management = draftPackage.management();
            kpiTargets = new ArrayList<>(draftPackage.kpis().stream().map(k -> new KpiRow(k.kpiCode(), k.targetValue())).toList());
            steps = new ArrayList<>(draftPackage.steps().stream()
                    .map(s -> new StepRow(s.description(), s.ownerRole(), s.expectedDays(), s.evidence())).toList());
        }
        responseScores = new ArrayList<>();
        for (int i = 0; i < Math.max(1, pilot.improvements().size()); i++) {
            responseScores.add(null);
        }
        gate = null;
        if (!pilot.pilotSiteIds().isEmpty() && !pilot.controlSiteIds().isEmpty()) {
            try {
                check = pilots.designCheck(id);
                results = pilots.results(id);
                gate = pilots.gate(id);
            } catch (InvalidInput e) {
                message = e.problems().stream().map(p -> Messages.text(locale(), p)).findFirst().orElse(null);
            }
        }
    }

    public boolean isManager() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER);
    }

    /** Pilot sites typed as codes (spaces, commas or new lines); saved at once, controls kept. */
    public void savePilotSites() {
        List<Long> ids = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String code : (pilotCodes == null ? "" : pilotCodes).split("[\\s,;]+")) {
            if (code.isBlank()) {
                continue;
            }
            network.siteByCode(code.strip()).ifPresentOrElse(s -> ids.add(s.id()),
                    () -> problems.add(Problem.of("pilotCodes", "measurement.site.unknown", code)));
        }
        if (!problems.isEmpty()) {
            FacesMessages.problems("tabs:sitesForm", problems);
            return;
        }
        List<Long> controls = pilot.controlSiteIds().stream().filter(c -> !ids.contains(c)).toList();
        save(ids, controls);
    }

    public void propose() {
        try {
            proposal = pilots.proposeControls(id, perPilot);
            proposalRows = namedProposal(proposal);
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:sitesForm", e.problems());
        }
    }

    public void keepProposal() {
        if (proposal == null) {
            return;
        }
        Set<Long> controls = new LinkedHashSet<>();
        proposal.controls().values().forEach(controls::addAll);
        save(pilot.pilotSiteIds(), new ArrayList<>(controls));
        proposal = null;
    }

    private void save(List<Long> pilotIds, List<Long> controlIds) {
        try {
            pilots.placeSites(id, pilot.version(), pilotIds, controlIds);
            FacesMessages.info("pilot.sitesSaved");
            refresh();
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:sitesForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    /** A target KPI row of the package form. */
    public static class KpiRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String kpiCode;
        private Double targetValue;

        KpiRow(String kpiCode, Double targetValue) {
            this.kpiCode = kpiCode;
            this.targetValue = targetValue;
        }

        public String getKpiCode() { return kpiCode; }
        public Double getTargetValue() { return targetValue; }
        public void setTargetValue(Double v) { targetValue = v; }
    }

    /** A step row of the package form. */
    public static class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private String ownerRole;
        private Integer expectedDays;
        private String evidence;

        StepRow(String description, String ownerRole, Integer expectedDays, String evidence) {
            this.description = description;
            this.ownerRole = ownerRole;
            this.expectedDays = expectedDays;
            this.evidence = evidence;
        }

        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getOwnerRole() { return ownerRole; }
        public void setOwnerRole(String v) { ownerRole = v; }
        public Integer getExpectedDays() { return expectedDays; }
        public void setExpectedDays(Integer v) { expectedDays = v; }
        public String getEvidence() { return evidence; }
        public void setEvidence(String v) { evidence = v; }
    }

    public void createPackage() {
        packageAction(() -> pilots.createPackage(id), "package.created");
    }

    public void addStep() {
        steps.add(new StepRow(null, null, 5, null));
    }

    public void savePackage() {
        packageAction(() -> pilots.updatePackage(draftPackage.id(), draftPackage.version(), packageDraft()), "package.saved");
    }

    public void publishPackage() {
        packageAction(() -> {
            io.terrain.pilots.api.PackageSummary saved = pilots.updatePackage(draftPackage.id(), draftPackage.version(), packageDraft());
            pilots.publish(saved.id(), saved.version());
        }, "package.publishedDone");
    }

    public void newPackageVersion() {
        packageAction(() -> pilots.newVersion(packages.get(0).id()), "package.created");
    }

    private io.terrain.pilots.api.PackageDraft packageDraft() {
        return new io.terrain.pilots.api.PackageDraft(packageName, processes, tools, management,
                kpiTargets.stream().map(k -> new io.terrain.pilots.api.PackageDraft.KpiTarget(k.kpiCode, k.targetValue)).toList(),
                steps.stream().filter(s -> s.description != null && !s.description.isBlank())
                        .map(s -> new io.terrain.pilots.api.PackageDraft.Step(s.description, s.ownerRole == null ? "" : s.ownerRole,
                                s.expectedDays, s.evidence == null ? "" : s.evidence)).toList());
    }

    private void packageAction(Runnable action, String done) {
        try {
            action.run();
            FacesMessages.info(done);
            refresh();
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:packageForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    public List<io.terrain.pilots.api.PackageSummary> getPackages() { return packages; }
    public io.terrain.pilots.api.PackageSummary getDraftPackage() { return draftPackage; }
    public String getPackageName() { return packageName; }
    public void setPackageName(String v) { packageName = v; }
    public String getProcesses() { return processes; }
    public void setProcesses(String v) { processes = v; }
    public String getTools() { return tools; }
    public void setTools(String v) { tools = v; }
    public String getManagement() { return management; }
    public void setManagement(String v) { management = v; }
    public List<KpiRow> getKpiTargets() { return kpiTargets; }
    public List<StepRow> getSteps() { return steps; }

    public void addResponse() {
        try {
            pilots.addPerception(id, new io.terrain.pilots.api.PerceptionDraft(responseSite, respondedOn, responseScores, recommend, comment));
            FacesMessages.info("pilot.perceptionSaved");
            comment = null;
            recommend = null;
            refresh();
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:perceptionForm", e.problems());
        }
    }

    public void decide() {
        try {
            pilots.decide(id, pilot.version(), new io.terrain.pilots.api.DecisionDraft(outcome, override, rationale));
            FacesMessages.info("pilot.decided");
            refresh();
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:decisionForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    /** Labels of the improvements scored in a response ("overall" when the pilot lists none). */
    public List<String> getScoreLabels() {
        List<String> labels = new ArrayList<>();
        pilot.improvements().forEach(i -> labels.add(i.description()));
        if (labels.isEmpty()) {
            labels.add(Messages.text(locale(), "pilot.overall"));
        }
        return labels;
    }

    public io.terrain.pilots.api.PilotStatus[] getOutcomes() {
        return new io.terrain.pilots.api.PilotStatus[] {io.terrain.pilots.api.PilotStatus.VALIDATED,
            io.terrain.pilots.api.PilotStatus.REJECTED, io.terrain.pilots.api.PilotStatus.EXTENDED};
    }

    public io.terrain.pilots.api.PerceptionSummary getPerception() { return perception; }
    public io.terrain.pilots.api.GateStatus getGate() { return gate; }
    public List<io.terrain.pilots.api.DecisionSummary> getDecisions() { return decisions; }
    public Long getResponseSite() { return responseSite; }
    public void setResponseSite(Long v) { responseSite = v; }
    public LocalDate getRespondedOn() { return respondedOn; }
    public void setRespondedOn(LocalDate v) { respondedOn = v; }
    public List<Integer> getResponseScores() { return responseScores; }
    public Integer getRecommend() { return recommend; }
    public void setRecommend(Integer v) { recommend = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { comment = v; }
    public io.terrain.pilots.api.PilotStatus getOutcome() { return outcome; }
    public void setOutcome(io.terrain.pilots.api.PilotStatus v) { outcome = v; }
    public boolean isOverride() { return override; }
    public void setOverride(boolean v) { override = v; }
    public String getRationale() { return rationale; }
    public void setRationale(String v) { rationale = v; }

    /** A proposal's or the pilot's warnings, in words ("key:argument" as the facade gives them). */
    public List<String> warnings(ControlProposal p) {
        List<String> texts = new ArrayList<>();
        if (p != null) {
            for (String w : p.warnings()) {
                int colon = w.indexOf(':');
                texts.add(colon < 0 ? Messages.text(locale(), w) : Messages.text(locale(), w.substring(0, colon), w.substring(colon + 1)));
            }
        }
        return texts;
    }

    /** Each pilot site and its proposed controls, by name. */
    public List<Map.Entry<String, String>> proposalRows() {
        return proposalRows;
    }

    private List<Map.Entry<String, String>> namedProposal(ControlProposal p) {
        Set<Long> ids = new LinkedHashSet<>(p.controls().keySet());
        p.controls().values().forEach(ids::addAll);
        Map<Long, SiteSummary> sites = new java.util.HashMap<>();
        network.sitesByIds(ids).forEach(s -> sites.put(s.id(), s));
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        p.controls().forEach((pilotSite, controls) -> rows.add(Map.entry(
                sites.containsKey(pilotSite) ? sites.get(pilotSite).name() : "#" + pilotSite,
                String.join(", ", controls.stream().map(sites::get).filter(java.util.Objects::nonNull)
                        .map(s -> s.name() + " (" + s.code() + ")").toList()))));
        return rows;
    }

    /** Chart.js: mean of the pilot sites and of the control sites per period, from baseline to pilot end. */
    public String chart(String kpi) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder pilotData = Json.createArrayBuilder();
        JsonArrayBuilder controlData = Json.createArrayBuilder();
        JsonArrayBuilder marker = Json.createArrayBuilder();
        LocalDate day = pilot.baselineFrom();
        while (!day.isAfter(pilot.pilotTo())) {
            LocalDate end = day.plusDays(6);
            labels.add(day.toString());
            pilotData.add(mean(indicators.siteValues(kpi, pilot.pilotSiteIds(), day, end)));
            controlData.add(mean(indicators.siteValues(kpi, pilot.controlSiteIds(), day, end)));
            marker.add(day.isBefore(pilot.pilotFrom()) ? (day.isAfter(pilot.baselineTo()) ? "gap" : "baseline") : "pilot");
            day = end.plusDays(1);
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Messages.text(locale(), "pilot.pilotSites")).add("data", pilotData)
                                .add("borderColor", "#0b5394").add("backgroundColor", "#0b5394").add("spanGaps", true))
                        .add(Json.createObjectBuilder().add("label", Messages.text(locale(), "pilot.controlSites")).add("data", controlData)
                                .add("borderColor", "#e69138").add("backgroundColor", "#e69138").add("spanGaps", true))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder().add("display", true)
                                .add("text", Messages.text(locale(), "pilot.chartTitle", pilot.pilotFrom())))))
                .build().toString();
    }

    private static jakarta.json.JsonValue mean(Map<Long, Double> values) {
        return values.isEmpty() ? jakarta.json.JsonValue.NULL
                : Json.createValue(Math.round(values.values().stream().mapToDouble(Double::doubleValue).average().orElse(0) * 100) / 100.0);
    }

    public String kpiLabel(PilotDraft.PilotKpi k) {
        return k.kpiCode() + (k.primary() ? " ★" : "");
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public PilotSummary getPilot() { return pilot; }
    public List<SiteSummary> getPilotSites() { return pilotSites; }
    public List<SiteSummary> getControlSites() { return controlSites; }
    public String getPilotCodes() { return pilotCodes; }
    public void setPilotCodes(String v) { pilotCodes = v; }
    public int getPerPilot() { return perPilot; }
    public void setPerPilot(int v) { perPilot = v; }
    public ControlProposal getProposal() { return proposal; }
    public ControlProposal getBalance() { return balance; }
    public DesignCheck getCheck() { return check; }
    public PilotResults getResults() { return results; }
    public String getMessage() { return message; }
}
