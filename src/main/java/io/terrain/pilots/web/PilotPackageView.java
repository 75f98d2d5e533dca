package io.terrain.pilots.web;

import io.terrain.pilots.api.PackageDraft;
import io.terrain.pilots.api.PackageSummary;
import io.terrain.pilots.api.PilotStatus;
import io.terrain.pilots.boundary.PackagesFacade;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The package tab of pilots/pilot.xhtml: the versions of the package a validated pilot became, and
 * the draft version's form (codified target, KPI targets, ordered implementation steps).
 */
@Named
@ViewScoped
public class PilotPackageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "tabs:packageForm";

    @Inject
    PackagesFacade packagesFacade;

    @Inject
    PilotView pilotView;

    private List<PackageSummary> packages = List.of();
    private PackageSummary draft;
    private String name;
    private String processes;
    private String tools;
    private String management;
    private List<KpiRow> kpiTargets = new ArrayList<>();
    private List<StepRow> steps = new ArrayList<>();

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        packages = packagesFacade.packages(pilotView.getId());
        draft = packages.stream().filter(p -> !p.published()).findFirst().orElse(null);
        if (draft != null) {
            name = draft.name();
            processes = draft.processes();
            tools = draft.tools();
            management = draft.management();
            kpiTargets = new ArrayList<>(draft.kpis().stream().map(k -> new KpiRow(k.kpiCode(), k.targetValue())).toList());
            steps = new ArrayList<>(draft.steps().stream()
                    .map(s -> new StepRow(s.description(), s.ownerRole(), s.expectedDays(), s.evidence())).toList());
        }
    }

    /** A validated pilot without a package yet may become one. */
    public boolean isCanCreate() {
        return pilotView.isManager() && pilotView.getPilot().status() == PilotStatus.VALIDATED && packages.isEmpty();
    }

    public void create() {
        act(() -> packagesFacade.create(pilotView.getId()), "package.created");
    }

    public void addStep() {
        steps.add(new StepRow(null, null, 5, null));
    }

    public void removeStep(StepRow step) {
        steps.remove(step);
    }

    /** Steps are followed in order: a step moves one place up. */
    public void moveUp(StepRow step) {
        int i = steps.indexOf(step);
        if (i > 0) {
            steps.remove(i);
            steps.add(i - 1, step);
        }
    }

    public void save() {
        act(() -> packagesFacade.update(draft.id(), draft.version(), packageDraft()), "package.saved");
    }

    /** Saves what is on the form, then publishes it: what is published is what the manager saw. */
    public void publish() {
        act(() -> {
            PackageSummary saved = packagesFacade.update(draft.id(), draft.version(), packageDraft());
            packagesFacade.publish(saved.id(), saved.version());
        }, "package.publishedDone");
    }

    public void newVersion() {
        act(() -> packagesFacade.newVersion(packages.get(0).id()), "package.created");
    }

    private PackageDraft packageDraft() {
        return new PackageDraft(name, processes, tools, management,
                kpiTargets.stream().map(k -> new PackageDraft.KpiTarget(k.kpiCode, k.targetValue)).toList(),
                steps.stream().filter(s -> s.description != null && !s.description.isBlank())
                        .map(s -> new PackageDraft.Step(s.description, s.ownerRole == null ? "" : s.ownerRole,
                                s.expectedDays, s.evidence == null ? "" : s.evidence)).toList());
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FacesMessages.info(done);
            refresh();
        } catch (InvalidInput e) {
            FacesMessages.problems(FORM, e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    public List<PackageSummary> getPackages() { return packages; }
    public PackageSummary getDraft() { return draft; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getProcesses() { return processes; }
    public void setProcesses(String v) { processes = v; }
    public String getTools() { return tools; }
    public void setTools(String v) { tools = v; }
    public String getManagement() { return management; }
    public void setManagement(String v) { management = v; }
    public List<KpiRow> getKpiTargets() { return kpiTargets; }
    public List<StepRow> getSteps() { return steps; }

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
}
