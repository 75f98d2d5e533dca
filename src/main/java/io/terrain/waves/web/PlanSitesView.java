package io.terrain.waves.web;

import io.terrain.network.api.Network;
import io.terrain.network.api.OrgLevel;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.platform.web.CsvDownload;
import io.terrain.platform.web.FacesMessages;
import io.terrain.platform.web.PagedModel;
import io.terrain.platform.web.UploadedFiles;
import io.terrain.waves.api.RolloutFilter;
import io.terrain.waves.api.RolloutStatus;
import io.terrain.waves.api.ScheduleImportReport;
import io.terrain.waves.api.SiteMove;
import io.terrain.waves.api.SiteRollout;
import io.terrain.waves.api.WaveSummary;
import io.terrain.waves.boundary.PlansFacade;
import io.terrain.waves.boundary.RolloutsFacade;
import io.terrain.waves.boundary.ScheduleFacade;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;

/**
 * The sites tab of waves/plan.xhtml: the perimeter's sites in a lazy table filtered by wave, status,
 * region and code; moving a site to a wave; the schedule's import (checked, then applied) and export.
 */
@Named
@ViewScoped
public class PlanSitesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RolloutsFacade rollouts;

    @Inject
    PlansFacade plans;

    @Inject
    PlanView planView;

    @Inject
    ScheduleFacade schedule;

    @Inject
    Network network;

    @Inject
    CurrentUser currentUser;

    private long planId;
    private PagedModel<SiteRollout> model;
    private List<WaveSummary> waves = List.of();
    private List<OrgUnitSummary> regions = List.of();
    private Map<Long, String> unitNames = Map.of();

    /** Filters: a wave id, or -1 for sites in none. */
    private Long waveFilter;
    private RolloutStatus statusFilter;
    private Long regionFilter;
    private String codeFilter;

    /** The move dialog. */
    private SiteRollout moving;
    private Long targetWave;
    private boolean pinned;

    /** The schedule import: the uploaded file, checked first, applied on demand. */
    private String storedFile;
    private String fileName;
    private ScheduleImportReport report;

    @PostConstruct
    void init() {
        // The tab loads by ajax, without the page's ?id=: the plan is the one the page's view opened.
        if (planView.getId() == null) {
            return;
        }
        planId = planView.getId();
        waves = plans.waves(planId);
        List<OrgUnitSummary> units = network.orgUnits();
        regions = units.stream().filter(u -> u.level() == OrgLevel.REGION).toList();
        unitNames = units.stream().collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
        model = new PagedModel<>((offset, limit, sort, desc) -> rollouts.sites(planId, filter(), offset, limit),
                r -> String.valueOf(r.siteId()));
    }

    private RolloutFilter filter() {
        boolean unplanned = waveFilter != null && waveFilter < 0;
        return new RolloutFilter(unplanned ? null : waveFilter, unplanned, statusFilter, regionFilter, null, null,
                codeFilter == null || codeFilter.isBlank() ? null : codeFilter.strip());
    }

    public boolean isManager() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER);
    }

    public void startMove(SiteRollout site) {
        moving = site;
        targetWave = site.waveId();
        pinned = site.pinned();
    }

    public void move() {
        if (moving == null) {
            return;
        }
        try {
            SiteRollout moved = rollouts.move(planId, moving.siteId(), moving.version(), new SiteMove(targetWave, pinned));
            FacesMessages.info("waves.site.moved", moved.siteCode(), moved.waveCode() == null ? "—" : moved.waveCode());
            waves = plans.waves(planId);
            FacesContext.getCurrentInstance().getPartialViewContext().getEvalScripts().add("PF('moveDialog').hide()");
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:moveForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("waves.conflict");
        }
    }

    public void upload(FileUploadEvent event) {
        discardFile();
        storedFile = UploadedFiles.store(event.getFile(), "terrain-schedule-");
        fileName = event.getFile().getFileName();
        run(true);
    }

    public void apply() {
        if (storedFile != null && report != null && report.dryRun() && report.rejected() == 0) {
            run(false);
            if (report != null && report.applied()) {
                FacesMessages.info("waves.import.applied", report.sitesScheduled(), report.wavesCreated().size());
                discardFile();
                waves = plans.waves(planId);
            }
        }
    }

    private void run(boolean dryRun) {
        try {
            report = schedule.importSchedule(planId, Path.of(storedFile), fileName, dryRun);
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:importForm", e.problems());
            report = null;
            discardFile();
        }
    }

    public void cancelImport() {
        discardFile();
        report = null;
    }

    @PreDestroy
    void discardFile() {
        UploadedFiles.discard(storedFile);
        storedFile = null;
    }

    public void downloadTemplate() throws IOException {
        List<List<String>> template = schedule.template();
        CsvDownload.template("schedule-template.csv", template.get(0), template.get(1));
    }

    public String problemText(Problem problem) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), problem);
    }

    public String regionName(Long id) {
        return id == null ? "" : unitNames.getOrDefault(id, "");
    }

    public boolean isReadyToApply() {
        return storedFile != null && report != null && report.dryRun() && report.rejected() == 0 && report.rows() > 0;
    }

    public RolloutStatus[] getStatuses() {
        return RolloutStatus.values();
    }

    public PagedModel<SiteRollout> getModel() { return model; }
    public List<WaveSummary> getWaves() { return waves; }
    public List<OrgUnitSummary> getRegions() { return regions; }
    public long getPlanId() { return planId; }
    public Long getWaveFilter() { return waveFilter; }
    public void setWaveFilter(Long v) { waveFilter = v; }
    public RolloutStatus getStatusFilter() { return statusFilter; }
    public void setStatusFilter(RolloutStatus v) { statusFilter = v; }
    public Long getRegionFilter() { return regionFilter; }
    public void setRegionFilter(Long v) { regionFilter = v; }
    public String getCodeFilter() { return codeFilter; }
    public void setCodeFilter(String v) { codeFilter = v; }
    public SiteRollout getMoving() { return moving; }
    public Long getTargetWave() { return targetWave; }
    public void setTargetWave(Long v) { targetWave = v; }
    public boolean isPinned() { return pinned; }
    public void setPinned(boolean v) { pinned = v; }
    public ScheduleImportReport getReport() { return report; }
    public String getFileName() { return fileName; }
}
