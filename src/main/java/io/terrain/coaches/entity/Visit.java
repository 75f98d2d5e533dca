package io.terrain.coaches.entity;

import io.terrain.coaches.api.VisitDraft;
import io.terrain.coaches.api.VisitLog;
import io.terrain.coaches.api.VisitPurpose;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A coach's visit to a site: planned on the calendar, then logged (observations, behaviours, what
 * was worked on, actions agreed, team mood, next visit).
 */
@Entity
@Table(name = "coaches_visit")
public class Visit {

    public enum Status { PLANNED, LOGGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String uuid;

    @Column(name = "coach_id")
    private long coachId;

    @Column(name = "site_id")
    private long siteId;

    @Column(name = "visit_date")
    private LocalDate visitDate;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Enumerated(EnumType.STRING)
    private VisitPurpose purpose;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PLANNED;

    private String observations;

    private String behaviours;

    @Column(name = "worked_on")
    private String workedOn;

    private String completed;

    @Column(name = "team_mood")
    private Integer teamMood;

    @Column(name = "next_visit_on")
    private LocalDate nextVisitOn;

    @ElementCollection
    @CollectionTable(name = "coaches_action", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<AgreedAction> actions = new ArrayList<>();

    @Version
    private long version;

    protected Visit() {
    }

    public Visit(VisitDraft plan) {
        uuid = plan.uuid();
        coachId = plan.coachId();
        plan(plan);
    }

    /** A visit logged without having been planned. */
    public Visit(long coachId, VisitLog log) {
        uuid = log.uuid();
        this.coachId = coachId;
        log(log);
    }

    public void plan(VisitDraft plan) {
        siteId = plan.siteId();
        visitDate = plan.date();
        startTime = plan.startTime();
        durationMinutes = plan.durationMinutes();
        purpose = plan.purpose();
    }

    /** Records what happened; the visit becomes LOGGED (a planned one keeps its id). */
    public void log(VisitLog log) {
        siteId = log.siteId();
        visitDate = log.date();
        startTime = log.startTime();
        durationMinutes = log.durationMinutes();
        purpose = log.purpose();
        observations = blankToNull(log.observations());
        behaviours = blankToNull(log.behaviours());
        workedOn = log.workedOn() == null || log.workedOn().isEmpty() ? null : String.join("\n", log.workedOn());
        completed = log.completed() == null || log.completed().isEmpty() ? null : String.join("\n", log.completed());
        teamMood = log.teamMood();
        nextVisitOn = log.nextVisitOn();
        actions.clear();
        if (log.actions() != null) {
            log.actions().forEach(a -> actions.add(new AgreedAction(a.description().strip(), a.owner().strip(), a.dueOn(),
                    a.status() == null ? "OPEN" : a.status())));
        }
        status = Status.LOGGED;
    }

    /** Whether a resent log says the same as what is stored (so it is the same visit sent twice). */
    public boolean sameAs(long coach, VisitLog log) {
        Visit other = new Visit();
        other.log(log);
        return coachId == coach && status == Status.LOGGED && siteId == other.siteId && Objects.equals(visitDate, other.visitDate)
                && Objects.equals(startTime, other.startTime) && Objects.equals(durationMinutes, other.durationMinutes)
                && purpose == other.purpose && Objects.equals(observations, other.observations)
                && Objects.equals(behaviours, other.behaviours) && Objects.equals(workedOn, other.workedOn)
                && Objects.equals(completed, other.completed)
                && Objects.equals(teamMood, other.teamMood) && Objects.equals(nextVisitOn, other.nextVisitOn)
                && actions.equals(other.actions);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<String> completedList() {
        return completed == null ? List.of() : List.of(completed.split("\n"));
    }

    public List<String> workedOnList() {
        return workedOn == null ? List.of() : List.of(workedOn.split("\n"));
    }

    // The api's AgreedAction is named in full: the embeddable stored here has the same simple name.
    public List<io.terrain.coaches.api.AgreedAction> actionList() {
        return actions.stream().map(a -> new io.terrain.coaches.api.AgreedAction(a.description, a.owner, a.dueOn, a.status)).toList();
    }

    /** Moves an agreed action on (DONE, DROPPED, or back to OPEN); false when there is no such action. */
    public boolean setActionStatus(int position, String status) {
        if (position < 0 || position >= actions.size()) {
            return false;
        }
        actions.get(position).status = status;
        return true;
    }

    public Integer getTeamMood() { return teamMood; }
    public String getObservations() { return observations; }

    public boolean isLogged() {
        return status == Status.LOGGED;
    }

    public Long getId() { return id; }
    public String getUuid() { return uuid; }
    public long getCoachId() { return coachId; }
    public long getSiteId() { return siteId; }
    public LocalDate getDate() { return visitDate; }
    public LocalTime getStartTime() { return startTime; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public VisitPurpose getPurpose() { return purpose; }
    public long getVersion() { return version; }

    /** An action agreed with the team: what, who, by when, and where it stands (OPEN, DONE, DROPPED). */
    @Embeddable
    public static class AgreedAction {

        private String description;

        private String owner;

        @Column(name = "due_on")
        private LocalDate dueOn;

        private String status;

        protected AgreedAction() {
        }

        AgreedAction(String description, String owner, LocalDate dueOn, String status) {
            this.description = description;
            this.owner = owner;
            this.dueOn = dueOn;
            this.status = status;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AgreedAction a && Objects.equals(description, a.description)
                    && Objects.equals(owner, a.owner) && Objects.equals(dueOn, a.dueOn)
                    && Objects.equals(status, a.status);
        }

        @Override
        public int hashCode() {
            return Objects.hash(description, owner, dueOn, status);
        }
    }
}
