package io.terrain.waves.entity;

import io.terrain.waves.api.ChecklistEntry;
import io.terrain.waves.api.ChecklistStatus;
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

/** A step of the package at one site: due date, state (who did it, when, with what evidence) and local adaptation. */
@Entity
@Table(name = "waves_checklist_item")
public class ChecklistItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rollout_id")
    private long rolloutId;

    private int position;

    private String description;

    @Column(name = "owner_role")
    private String ownerRole;

    @Column(name = "expected_days")
    private int expectedDays;

    @Column(name = "evidence_expected")
    private String evidenceExpected;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ChecklistStatus status = ChecklistStatus.TODO;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "done_on")
    private LocalDate doneOn;

    private String evidence;

    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "not_applicable_reason")
    private String notApplicableReason;

    private String adaptation;

    @Version
    private long version;

    protected ChecklistItem() {
    }

    public ChecklistItem(long rolloutId, int position, String description, String ownerRole, int expectedDays, String evidenceExpected,
                         LocalDate dueOn) {
        this.rolloutId = rolloutId;
        this.position = position;
        this.description = description;
        this.ownerRole = ownerRole;
        this.expectedDays = expectedDays;
        this.evidenceExpected = evidenceExpected;
        this.dueOn = dueOn;
    }

    public void workOn() {
        if (status == ChecklistStatus.TODO) {
            status = ChecklistStatus.IN_PROGRESS;
        }
    }

    public void done(String by, LocalDate on, String evidenceText, Long visit) {
        status = ChecklistStatus.DONE;
        doneBy = by;
        doneOn = on;
        evidence = evidenceText;
        visitId = visit;
        notApplicableReason = null;
    }

    public void notApplicable(String by, LocalDate on, String reason) {
        status = ChecklistStatus.NOT_APPLICABLE;
        notApplicableReason = reason;
        doneBy = by;
        doneOn = on;
        evidence = null;
        visitId = null;
    }

    /** Back to TODO or IN_PROGRESS: what was recorded as done no longer holds. */
    public void reopen(ChecklistStatus open) {
        status = open;
        doneBy = null;
        doneOn = null;
        evidence = null;
        visitId = null;
        notApplicableReason = null;
    }

    public void adapt(String text) {
        adaptation = text;
    }

    public void dueOn(LocalDate day) {
        dueOn = day;
    }

    public ChecklistEntry entry() {
        return new ChecklistEntry(id, position, description, ownerRole, expectedDays, evidenceExpected, dueOn, status, doneBy, doneOn,
                evidence, visitId, notApplicableReason, adaptation, version);
    }

    public Long getId() { return id; }
    public long getRolloutId() { return rolloutId; }
    public int getPosition() { return position; }
    public String getDescription() { return description; }
    public int getExpectedDays() { return expectedDays; }
    public ChecklistStatus getStatus() { return status; }
    public LocalDate getDoneOn() { return doneOn; }
    public long getVersion() { return version; }
    public String getOwnerRole() { return ownerRole; }
    public String getEvidenceExpected() { return evidenceExpected; }
    public LocalDate getDueOn() { return dueOn; }
    public String getDoneBy() { return doneBy; }
    public String getEvidence() { return evidence; }
}
