package io.terrain.waves.entity;

import io.terrain.waves.api.EngagementLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An engagement level noted for an org unit of a plan: dated, by whom. The latest is the unit's level. */
@Entity
@Table(name = "waves_engagement")
public class Engagement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "org_unit_id")
    private long orgUnitId;

    @Enumerated(EnumType.STRING)
    private EngagementLevel level;

    @Column(name = "noted_on")
    private LocalDate notedOn;

    @Column(name = "noted_by")
    private String notedBy;

    private String comment;

    protected Engagement() {
    }

    public Engagement(long planId, long orgUnitId, EngagementLevel level, LocalDate notedOn, String notedBy, String comment) {
        this.planId = planId;
        this.orgUnitId = orgUnitId;
        this.level = level;
        this.notedOn = notedOn;
        this.notedBy = notedBy;
        this.comment = comment;
    }

    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public long getOrgUnitId() { return orgUnitId; }
    public EngagementLevel getLevel() { return level; }
    public LocalDate getNotedOn() { return notedOn; }
    public String getNotedBy() { return notedBy; }
    public String getComment() { return comment; }
}
