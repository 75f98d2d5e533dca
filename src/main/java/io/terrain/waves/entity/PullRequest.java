package io.terrain.waves.entity;

import io.terrain.waves.api.PullRequestStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A line manager's request for their unit or site to go earlier, and the program manager's answer. */
@Entity
@Table(name = "waves_pull_request")
public class PullRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "org_unit_id")
    private Long orgUnitId;

    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "wished_go_live")
    private LocalDate wishedGoLive;

    private String reason;

    @Enumerated(EnumType.STRING)
    private PullRequestStatus status = PullRequestStatus.OPEN;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_on")
    private LocalDate requestedOn;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "wave_id")
    private Long waveId;

    @Column(name = "sites_moved")
    private Integer sitesMoved;

    @Version
    private long version;

    protected PullRequest() {
    }

    public PullRequest(long planId, Long orgUnitId, Long siteId, LocalDate wishedGoLive, String reason, String requestedBy,
                       LocalDate requestedOn) {
        this.planId = planId;
        this.orgUnitId = orgUnitId;
        this.siteId = siteId;
        this.wishedGoLive = wishedGoLive;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedOn = requestedOn;
    }

    public void accept(long waveId, int sitesMoved, String reason, String by, LocalDate on) {
        this.status = PullRequestStatus.ACCEPTED;
        this.waveId = waveId;
        this.sitesMoved = sitesMoved;
        decided(reason, by, on);
    }

    public void decline(String reason, String by, LocalDate on) {
        this.status = PullRequestStatus.DECLINED;
        decided(reason, by, on);
    }

    private void decided(String reason, String by, LocalDate on) {
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedOn = on;
    }

    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public Long getOrgUnitId() { return orgUnitId; }
    public Long getSiteId() { return siteId; }
    public LocalDate getWishedGoLive() { return wishedGoLive; }
    public String getReason() { return reason; }
    public PullRequestStatus getStatus() { return status; }
    public String getRequestedBy() { return requestedBy; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecisionReason() { return decisionReason; }
    public Long getWaveId() { return waveId; }
    public Integer getSitesMoved() { return sitesMoved; }
    public long getVersion() { return version; }
}
