package io.terrain.coaches.entity;

import io.terrain.coaches.api.VisitDraft;
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

    public void plan(VisitDraft plan) {
        siteId = plan.siteId();
        visitDate = plan.date();
        startTime = plan.startTime();
        durationMinutes = plan.durationMinutes();
        purpose = plan.purpose();
    }

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
    }
}
