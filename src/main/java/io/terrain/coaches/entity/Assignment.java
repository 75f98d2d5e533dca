package io.terrain.coaches.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A coach assigned to a site for a period. */
@Entity
@Table(name = "coaches_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coach_id")
    private long coachId;

    @Column(name = "site_id")
    private long siteId;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @jakarta.persistence.Version
    private long version;

    protected Assignment() {
    }

    public Assignment(long coachId, long siteId, LocalDate startsOn, LocalDate endsOn) {
        this.coachId = coachId;
        this.siteId = siteId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** Whether the assignment holds on this day. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public void endOn(LocalDate day) {
        endsOn = day;
    }

    public Long getId() { return id; }
    public long getCoachId() { return coachId; }
    public long getSiteId() { return siteId; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public long getVersion() { return version; }
}
