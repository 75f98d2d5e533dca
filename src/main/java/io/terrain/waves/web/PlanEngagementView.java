package io.terrain.waves.web;

import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.platform.web.FacesMessages;
import io.terrain.waves.api.EngagementDraft;
import io.terrain.waves.api.EngagementLevel;
import io.terrain.waves.api.UnitEngagement;
import io.terrain.waves.boundary.EngagementFacade;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The engagement tab of waves/plan.xhtml: the perimeter's regions and sectors coloured by their
 * line managers' engagement, blocked units with why; managers note a level or block a unit.
 */
@Named
@ViewScoped
public class PlanEngagementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EngagementFacade engagement;

    @Inject
    PlanView planView;

    @Inject
    CurrentUser currentUser;

    private List<UnitEngagement> units = List.of();
    private Long unitId;
    private EngagementLevel level;
    private String comment;
    private String reason;

    @PostConstruct
    void init() {
        if (planView.getId() != null) {
            units = engagement.units(planView.getId());
        }
    }

    public boolean isManager() {
        return planView.isManager();
    }

    /** Line managers note their own units' engagement (dated, signed); blocking a unit stays with the managers. */
    public boolean isCanNote() {
        return planView.isManager() || currentUser.hasRole(Role.LINE_MANAGER);
    }

    public void note() {
        try {
            units = engagement.note(planView.getId(), new EngagementDraft(unitId, level, comment));
            FacesMessages.info("waves.engagement.noted");
            comment = null;
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:engagementForm", e.problems());
        }
    }

    public void block() {
        change(true);
    }

    public void unblock() {
        change(false);
    }

    private void change(boolean blocked) {
        if (unitId == null) {
            FacesMessages.error("waves.engagement.chooseUnit");
            return;
        }
        try {
            units = engagement.block(planView.getId(), unitId, reason, blocked);
            reason = null;
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:engagementForm", e.problems());
        }
    }

    /** The tag's colour: how far the unit's managers back the rollout. */
    public String severity(UnitEngagement unit) {
        if (unit.blocked()) {
            return "danger";
        }
        if (unit.engagement() == null) {
            return "secondary";
        }
        return switch (unit.engagement()) {
            case INFORMED -> "warning";
            case UNDERSTANDS -> "info";
            case COMMITTED, CHAMPION -> "success";
        };
    }

    public EngagementLevel[] getLevels() {
        return EngagementLevel.values();
    }

    public List<UnitEngagement> getUnits() { return units; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long v) { unitId = v; }
    public EngagementLevel getLevel() { return level; }
    public void setLevel(EngagementLevel v) { level = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { comment = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
