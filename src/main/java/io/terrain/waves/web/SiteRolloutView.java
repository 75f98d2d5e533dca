package io.terrain.waves.web;

import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.platform.web.FacesMessages;
import io.terrain.waves.api.ChecklistChange;
import io.terrain.waves.api.ChecklistEntry;
import io.terrain.waves.api.ChecklistStatus;
import io.terrain.waves.api.SiteRolloutDetails;
import io.terrain.waves.boundary.ChecklistsFacade;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * waves/site.xhtml: a site's rollout — wave, status, checklist — made for a phone: each item a card
 * with its due date and owner; a dialog to mark it in progress, done (with its evidence) or not
 * applicable (with the reason) and to write its local adaptation; blocking and unblocking the site.
 */
@Named
@ViewScoped
public class SiteRolloutView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChecklistsFacade checklists;

    @Inject
    CurrentUser currentUser;

    private Long site;
    private Long plan;
    private SiteRolloutDetails details;

    /** The item being changed in the dialog. */
    private ChecklistEntry editing;
    private ChecklistStatus status;
    private String evidence;
    private String reason;
    private String adaptation;
    private String blockReason;

    public void load() {
        if (site == null) {
            throw new NotFound("SiteRollout", "?");
        }
        details = checklists.site(site, plan);
        plan = details.rollout().planId();
    }

    public boolean isEditor() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER) || currentUser.hasRole(Role.COACH)
                || currentUser.hasRole(Role.LINE_MANAGER);
    }

    public void edit(ChecklistEntry item) {
        editing = item;
        status = item.status() == ChecklistStatus.TODO ? ChecklistStatus.IN_PROGRESS : item.status();
        evidence = item.evidence();
        reason = item.notApplicableReason();
        adaptation = item.adaptation();
    }

    public void save() {
        if (editing == null) {
            return;
        }
        try {
            details = checklists.change(site, editing.id(), editing.version(), new ChecklistChange(status, evidence, reason, adaptation));
            FacesMessages.info("waves.checklist.saved");
            FacesContext.getCurrentInstance().getPartialViewContext().getEvalScripts().add("PF('itemDialog').hide()");
        } catch (InvalidInput e) {
            FacesMessages.problems("itemForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("waves.conflict");
            load();
        }
    }

    public void block() {
        changeBlock(true);
    }

    public void unblock() {
        changeBlock(false);
    }

    private void changeBlock(boolean blocked) {
        try {
            details = checklists.block(site, plan, details.rollout().version(), blockReason, blocked);
            blockReason = null;
        } catch (InvalidInput e) {
            FacesMessages.problems("blockForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("waves.conflict");
            load();
        }
    }

    public boolean overdue(ChecklistEntry item) {
        return item.overdue(LocalDate.now());
    }

    public int getPercentDone() {
        return details.checklist().isEmpty() ? 0 : 100 * details.rollout().checklistDone() / details.rollout().checklistItems();
    }

    public ChecklistStatus[] getStatuses() {
        return ChecklistStatus.values();
    }

    public Long getSite() { return site; }
    public void setSite(Long v) { site = v; }
    public Long getPlan() { return plan; }
    public void setPlan(Long v) { plan = v; }
    public SiteRolloutDetails getDetails() { return details; }
    public ChecklistEntry getEditing() { return editing; }
    public ChecklistStatus getStatus() { return status; }
    public void setStatus(ChecklistStatus v) { status = v; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String v) { evidence = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getAdaptation() { return adaptation; }
    public void setAdaptation(String v) { adaptation = v; }
    public String getBlockReason() { return blockReason; }
    public void setBlockReason(String v) { blockReason = v; }
}
