package io.terrain.coaches.web;

import io.terrain.coaches.api.AssignmentSummary;
import io.terrain.coaches.api.CoachSummary;
import io.terrain.coaches.api.VisitDraft;
import io.terrain.coaches.api.VisitPurpose;
import io.terrain.coaches.api.VisitSummary;
import io.terrain.coaches.api.WeekLoad;
import io.terrain.coaches.boundary.CoachAssignmentsFacade;
import io.terrain.coaches.boundary.CoachesFacade;
import io.terrain.coaches.boundary.VisitPlanningFacade;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * coaches/calendar.xhtml: a coach's visits on a calendar (PrimeFaces schedule). A click on a day
 * plans a visit at one of the coach's sites; a click on a planned visit changes it; dragging moves
 * it. Program managers choose the coach; a coach sees and plans their own.
 */
@Named
@ViewScoped
public class CoachCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoachesFacade coaches;

    @Inject
    CoachAssignmentsFacade assignmentsFacade;

    @Inject
    VisitPlanningFacade planningFacade;

    @Inject
    CurrentUser currentUser;

    private List<CoachSummary> roster = List.of();
    private Long coachId;
    private ScheduleModel model;

    private String uuid;
    private Long siteId;
    private LocalDate date;
    private LocalTime startTime = LocalTime.of(9, 30);
    private Integer durationMinutes = 120;
    private VisitPurpose purpose = VisitPurpose.COACHING;
    /** The version of the visit being changed, as read (null for a new visit). */
    private Long version;
    private List<AssignmentSummary> sites = List.of();

    @PostConstruct
    void init() {
        if (isManager() || currentUser.hasRole(Role.EXECUTIVE)) {
            roster = coaches.coaches();
            coachId = roster.isEmpty() ? null : roster.get(0).id();
        } else {
            try {
                coachId = coaches.me().id();
            } catch (NotFound notOnRoster) {
                coachId = null;
            }
        }
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                if (coachId == null) {
                    return;
                }
                for (VisitSummary v : planningFacade.visits(coachId, start.toLocalDate(), end.toLocalDate())) {
                    LocalDateTime from = v.date().atTime(v.startTime() == null ? LocalTime.of(9, 0) : v.startTime());
                    int minutes = v.durationMinutes() == null ? 60 : v.durationMinutes();
                    addEvent(DefaultScheduleEvent.builder().id(v.uuid()).title(v.siteName() + " · "
                                    + Messages.text(locale(), "visit.purpose." + v.purpose()))
                            .startDate(from).endDate(from.plusMinutes(minutes)).data(v)
                            .editable(!v.logged()).styleClass(v.logged() ? "t-visit-logged" : "t-visit-planned").build());
                }
            }
        };
    }

    public boolean isManager() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER);
    }

    public boolean isCanPlan() {
        return coachId != null && (isManager() || currentUser.hasRole(Role.COACH));
    }

    /** A click on a day: a new visit on that day. */
    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        uuid = UUID.randomUUID().toString();
        date = event.getObject().toLocalDate();
        startTime = event.getObject().toLocalTime().equals(LocalTime.MIDNIGHT) ? LocalTime.of(9, 30) : event.getObject().toLocalTime();
        durationMinutes = 120;
        purpose = VisitPurpose.COACHING;
        version = null;
        loadSites();
        siteId = null; // the planner chooses the site: a preselected first one is too easily saved unseen
    }

    /** A click on a visit: change it (a logged one is shown, not changed). */
    public void onEventSelect(SelectEvent<ScheduleEvent<?>> event) {
        VisitSummary v = (VisitSummary) event.getObject().getData();
        uuid = v.uuid();
        date = v.date();
        startTime = v.startTime();
        durationMinutes = v.durationMinutes();
        purpose = v.purpose();
        siteId = v.siteId();
        version = v.version();
        loadSites();
    }

    /** Dragging a planned visit to another day or hour moves it. */
    public void onEventMove(ScheduleEntryMoveEvent event) {
        VisitSummary v = (VisitSummary) event.getScheduleEvent().getData();
        LocalDateTime start = event.getScheduleEvent().getStartDate();
        plan(new VisitDraft(v.uuid(), coachId, v.siteId(), start.toLocalDate(), start.toLocalTime(), v.durationMinutes(), v.purpose(), v.version()));
    }

    public void save() {
        if (plan(new VisitDraft(uuid, coachId, siteId, date, startTime, durationMinutes, purpose, version))) {
            PrimeFaces.current().executeScript("PF('visitDialog').hide()");
        }
    }

    private boolean plan(VisitDraft draft) {
        try {
            planningFacade.planVisit(draft);
            FacesMessages.info("visit.saved");
            warnIfOverCapacity(draft.date());
            return true;
        } catch (InvalidInput e) {
            FacesMessages.problems("visitForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error(e.messageKey());
        }
        return false;
    }

    /** Saved, but the coach's week now holds more visit days than their capacity: the planner is told, not stopped. */
    private void warnIfOverCapacity(LocalDate day) {
        coaches.workload(coachId, day, day).stream().filter(WeekLoad::overAllocated).findFirst()
                .ifPresent(w -> FacesMessages.warn("visit.overCapacity", w.weekStart().format(DateTimeFormatter
                        .ofLocalizedDate(FormatStyle.LONG).withLocale(locale())), w.visitDays(), w.capacityDays()));
    }

    private void loadSites() {
        sites = coachId == null || date == null ? List.of() : assignmentsFacade.assignments(coachId, date, date);
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public ScheduleModel getModel() { return model; }
    public List<CoachSummary> getRoster() { return roster; }
    public Long getCoachId() { return coachId; }
    public void setCoachId(Long v) { coachId = v; }
    public List<AssignmentSummary> getSites() { return sites; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long v) { siteId = v; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { date = v; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime v) { startTime = v; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer v) { durationMinutes = v; }
    public VisitPurpose getPurpose() { return purpose; }
    public void setPurpose(VisitPurpose v) { purpose = v; }
    public VisitPurpose[] getPurposes() { return VisitPurpose.values(); }
}
