package io.terrain.waves.web;

import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.web.FacesMessages;
import io.terrain.waves.api.ProposalOverride;
import io.terrain.waves.api.ProposalRequest;
import io.terrain.waves.api.ProposalStatus;
import io.terrain.waves.api.ProposalSummary;
import io.terrain.waves.api.UnitEngagement;
import io.terrain.waves.boundary.EngagementFacade;
import io.terrain.waves.boundary.ProposalJobs;
import io.terrain.waves.boundary.ProposalsFacade;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The proposal tab of waves/plan.xhtml: the manager's request, the search followed as it runs
 * (progress, best score so far, waves, sites left out and why, the cost of each rule), stop and
 * accept. Managers and administrators only (the tab is shown to them; the facade checks again).
 */
@Named
@ViewScoped
public class PlanProposalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProposalsFacade proposals;

    @Inject
    ProposalJobs jobs;

    @Inject
    PlanView planView;

    @Inject
    EngagementFacade engagement;

    private Integer waves = 3;
    private LocalDate firstGoLive = LocalDate.now().plusWeeks(6);
    private Integer cadenceWeeks = 8;
    private BigDecimal daysPerSite = new BigDecimal("0.5");
    private BigDecimal comparisonShare = new BigDecimal("0.2");
    private Integer timeLimitSeconds = 20;
    private String jobId;
    private ProposalSummary proposal;

    /** The manager's edits before accepting, in order (a later one wins for the sites both cover). */
    public record Edit(String unitName, String waveCode, List<ProposalOverride> overrides) implements Serializable {
    }

    private final List<Edit> edits = new ArrayList<>();
    private List<UnitEngagement> units;
    private Long editUnitId;
    private Integer editWaveIndex;

    public void run() {
        try {
            proposal = proposals.start(planView.getId(), new ProposalRequest(waves, firstGoLive, cadenceWeeks, daysPerSite,
                    comparisonShare, timeLimitSeconds));
            jobId = proposal.id();
            edits.clear();
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:proposalForm", e.problems());
        }
    }

    public void refresh() {
        if (jobId != null) {
            proposal = jobs.poll(planView.getId(), jobId);
        }
    }

    public void stop() {
        if (jobId != null) {
            proposal = jobs.stop(planView.getId(), jobId);
        }
    }

    public void accept() {
        if (jobId == null) {
            return;
        }
        try {
            proposal = proposals.accept(planView.getId(), jobId, edits.stream().flatMap(e -> e.overrides().stream()).toList());
            edits.clear();
            long placed = proposal.sites() - proposal.unassigned();
            FacesMessages.info("waves.proposal.accepted", placed, proposal.waves().size());
            planView.load();
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:proposalForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("waves.conflict");
        }
    }

    /** Puts a region's or sector's sites in another wave of the proposal (or in none) before accepting it. */
    public void addEdit() {
        UnitEngagement unit = getUnits().stream().filter(u -> editUnitId != null && u.orgUnitId() == editUnitId).findFirst().orElse(null);
        if (unit == null || proposal == null) {
            FacesMessages.error("waves.engagement.chooseUnit");
            return;
        }
        String waveCode = editWaveIndex == null || editWaveIndex < 0 ? "—" : proposal.waves().stream()
                .filter(w -> w.index() == editWaveIndex).map(ProposalSummary.ProposedWave::code).findFirst().orElse("?");
        Integer index = editWaveIndex == null || editWaveIndex < 0 ? null : editWaveIndex;
        edits.add(new Edit(unit.name(), waveCode, proposals.unitOverrides(planView.getId(), unit.orgUnitId(), index)));
        editUnitId = null;
    }

    public void removeEdit(Edit edit) {
        edits.remove(edit);
    }

    /** The plan's regions and sectors, read once the manager edits. */
    public List<UnitEngagement> getUnits() {
        if (units == null) {
            units = engagement.units(planView.getId());
        }
        return units;
    }

    public boolean isSolving() {
        return proposal != null && proposal.status() == ProposalStatus.SOLVING;
    }

    public boolean isAcceptable() {
        return proposal != null && (proposal.status() == ProposalStatus.DONE || proposal.status() == ProposalStatus.STOPPED);
    }

    public String reason(Problem problem) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), problem);
    }

    public ProposalSummary getProposal() { return proposal; }
    public List<Edit> getEdits() { return edits; }
    public Long getEditUnitId() { return editUnitId; }
    public void setEditUnitId(Long v) { editUnitId = v; }
    public Integer getEditWaveIndex() { return editWaveIndex; }
    public void setEditWaveIndex(Integer v) { editWaveIndex = v; }
    public Integer getWaves() { return waves; }
    public void setWaves(Integer v) { waves = v; }
    public LocalDate getFirstGoLive() { return firstGoLive; }
    public void setFirstGoLive(LocalDate v) { firstGoLive = v; }
    public Integer getCadenceWeeks() { return cadenceWeeks; }
    public void setCadenceWeeks(Integer v) { cadenceWeeks = v; }
    public BigDecimal getDaysPerSite() { return daysPerSite; }
    public void setDaysPerSite(BigDecimal v) { daysPerSite = v; }
    public BigDecimal getComparisonShare() { return comparisonShare; }
    public void setComparisonShare(BigDecimal v) { comparisonShare = v; }
    public Integer getTimeLimitSeconds() { return timeLimitSeconds; }
    public void setTimeLimitSeconds(Integer v) { timeLimitSeconds = v; }
}
