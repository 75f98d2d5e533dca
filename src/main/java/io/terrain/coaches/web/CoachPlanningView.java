package io.terrain.coaches.web;

import io.terrain.coaches.api.AssignmentDraft;
import io.terrain.coaches.api.AssignmentSummary;
import io.terrain.coaches.api.CoachSummary;
import io.terrain.coaches.api.RegionCoverage;
import io.terrain.coaches.api.VisitDraft;
import io.terrain.coaches.api.VisitSummary;
import io.terrain.coaches.api.WeekLoad;
import io.terrain.coaches.boundary.CoachAssignmentsFacade;
import io.terrain.coaches.boundary.CoachesFacade;
import io.terrain.coaches.boundary.VisitPlanningFacade;
import io.terrain.network.api.Network;
import io.terrain.network.api.SiteSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * coaches/planning.xhtml: who covers which sites, which regions lack coaches, each coach's weeks
 * against capacity (over-allocation flagged), and visits planned from a suggested cadence.
 */
@Named
@ViewScoped
public class CoachPlanningView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoachesFacade coaches;

    @Inject
    CoachAssignmentsFacade assignmentsFacade;

    @Inject
    VisitPlanningFacade planningFacade;

    @Inject
    Network network;

    @Inject
    CurrentUser currentUser;

    private LocalDate day = LocalDate.now();
    private List<CoachSummary> roster = List.of();
    private List<AssignmentSummary> assignments = List.of();
    private List<RegionCoverage> coverage = List.of();
    private List<WeekLoad> workload = List.of();
    private List<VisitSummary> visits = List.of();

    private Long coachId;
    private String siteCode;
    private LocalDate startsOn = LocalDate.now();
    private LocalDate endsOn;
    private List<VisitDraft> cadence = List.of();

    @PostConstruct
    void init() {
        roster = coaches.coaches();
        refresh();
    }

    public void refresh() {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assignments = assignmentsFacade.assignments(null, day, day);
        coverage = assignmentsFacade.coverage(day);
        workload = coaches.workload(null, monday, monday.plusWeeks(4).minusDays(1));
        visits = planningFacade.visits(null, monday, monday.plusWeeks(4).minusDays(1));
    }

    public boolean isManager() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER);
    }

    public void assign() {
        Long siteId = siteId();
        if (siteId == null) {
            return;
        }
        try {
            assignmentsFacade.assign(new AssignmentDraft(coachId, siteId, startsOn, endsOn));
            FacesMessages.info("assignment.saved");
            refresh();
        } catch (InvalidInput e) {
            FacesMessages.problems("assignForm", e.problems());
        }
    }

    /** A launch, weekly coaching and follow-ups for the chosen coach and site, to review before planning. */
    public void suggest() {
        Long siteId = siteId();
        if (siteId == null || coachId == null) {
            if (coachId == null) {
                FacesMessages.problems("assignForm", List.of(Problem.of("coachId", "field.required")));
            }
            return;
        }
        cadence = new ArrayList<>(planningFacade.suggestCadence(coachId, siteId, startsOn));
    }

    public void removeFromCadence(VisitDraft visit) {
        cadence = cadence.stream().filter(v -> !v.uuid().equals(visit.uuid())).toList();
    }

    public void planCadence() {
        int planned = 0;
        try {
            for (VisitDraft visit : cadence) {
                planningFacade.planVisit(visit);
                planned++;
            }
            FacesMessages.info("visits.planned", planned);
            cadence = List.of();
            refresh();
        } catch (InvalidInput e) {
            FacesMessages.problems("assignForm", e.problems());
            refresh();
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    private Long siteId() {
        if (siteCode == null || siteCode.isBlank()) {
            FacesMessages.problems("assignForm", List.of(Problem.of("siteCode", "field.required")));
            return null;
        }
        Long id = network.siteByCode(siteCode.strip()).map(s -> s.id()).orElse(null);
        if (id == null) {
            FacesMessages.problems("assignForm", List.of(Problem.of("siteCode", "measurement.site.unknown", siteCode)));
        }
        return id;
    }

    public List<SiteSummary> uncovered(Long regionId) {
        return assignmentsFacade.uncoveredSites(regionId, day);
    }

    public long percent(double share) {
        return Math.round(share * 100);
    }

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate v) { day = v == null ? LocalDate.now() : v; }
    public List<CoachSummary> getRoster() { return roster; }
    public List<AssignmentSummary> getAssignments() { return assignments; }
    public List<RegionCoverage> getCoverage() { return coverage; }
    public List<WeekLoad> getWorkload() { return workload; }
    public List<VisitSummary> getVisits() { return visits; }
    public Long getCoachId() { return coachId; }
    public void setCoachId(Long v) { coachId = v; }
    public String getSiteCode() { return siteCode; }
    public void setSiteCode(String v) { siteCode = v; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate v) { startsOn = v; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate v) { endsOn = v; }
    public List<VisitDraft> getCadence() { return cadence; }
}
