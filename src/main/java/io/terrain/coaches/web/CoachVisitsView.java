package io.terrain.coaches.web;

import io.terrain.coaches.api.CoachSummary;
import io.terrain.coaches.api.OpenAction;
import io.terrain.coaches.api.VisitSummary;
import io.terrain.coaches.boundary.CoachesFacade;
import io.terrain.coaches.boundary.VisitsFacade;
import io.terrain.network.api.Network;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * coaches/visits.xhtml: visit history per coach and per site, and the actions still open (overdue
 * first). Managers and executives choose a coach or a site; a coach sees their own.
 */
@Named
@ViewScoped
public class CoachVisitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoachesFacade coaches;

    @Inject
    VisitsFacade visitsFacade;

    @Inject
    Network network;

    @Inject
    CurrentUser currentUser;

    private List<CoachSummary> roster = List.of();
    private Long coachId;
    private String siteCode;
    private List<VisitSummary> history = List.of();
    private List<OpenAction> actions = List.of();
    private boolean onRoster = true;

    @PostConstruct
    void init() {
        if (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER) || currentUser.hasRole(Role.EXECUTIVE)) {
            roster = coaches.coaches();
        } else {
            try {
                coachId = coaches.me().id();
            } catch (NotFound notOnRoster) {
                onRoster = false;
                return;
            }
        }
        refresh();
    }

    public void refresh() {
        Long siteId = null;
        if (siteCode != null && !siteCode.isBlank() && !roster.isEmpty()) {
            siteId = network.siteByCode(siteCode.strip()).map(s -> s.id()).orElse(-1L);
        }
        history = visitsFacade.history(coachId, siteId, LocalDate.now().minusYears(1), LocalDate.now().plusDays(1));
        actions = visitsFacade.openActions(coachId, LocalDate.now());
    }

    public void markDone(OpenAction action) {
        try {
            visitsFacade.setActionStatus(action.visitId(), action.visitVersion(), action.position(), "DONE");
            io.terrain.platform.web.FacesMessages.info("visits.actionDone");
        } catch (io.terrain.platform.api.EditConflict changedMeanwhile) {
            io.terrain.platform.web.FacesMessages.error("error.editConflict");
        }
        refresh();
    }

    public String joined(List<String> values) {
        return String.join(", ", values);
    }

    public boolean isOnRoster() { return onRoster; }
    public List<CoachSummary> getRoster() { return roster; }
    public Long getCoachId() { return coachId; }
    public void setCoachId(Long v) { coachId = v; }
    public String getSiteCode() { return siteCode; }
    public void setSiteCode(String v) { siteCode = v; }
    public List<VisitSummary> getHistory() { return history; }
    public List<OpenAction> getActions() { return actions; }
}
