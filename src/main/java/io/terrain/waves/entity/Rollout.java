package io.terrain.waves.entity;

import io.terrain.network.api.SiteKind;
import io.terrain.network.api.SitePlacement;
import io.terrain.waves.api.RolloutStatus;
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

/**
 * A perimeter site's rollout in a plan: its wave (null: not yet planned), status and adoption date.
 * The site's place in the network is copied in, so the plan's lists filter on one table.
 */
@Entity
@Table(name = "waves_site_rollout")
public class Rollout {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    @Column(name = "site_id")
    private long siteId;

    @Column(name = "site_code")
    private String siteCode;

    @Column(name = "region_id")
    private Long regionId;

    @Column(name = "sector_id")
    private Long sectorId;

    private String segment;

    @Enumerated(EnumType.STRING)
    @Column(name = "site_kind")
    private SiteKind kind;

    @Column(name = "wave_id")
    private Long waveId;

    @Enumerated(EnumType.STRING)
    private RolloutStatus status = RolloutStatus.NOT_STARTED;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "blocked_reason")
    private String blockedReason;

    @Column(name = "blocked_since")
    private LocalDate blockedSince;

    @Column(name = "blocked_by")
    private String blockedBy;

    private boolean pinned;

    /** The checklist's counts, written by ChecklistStore.recount alone (JPA never writes them). */
    @Column(name = "checklist_items", insertable = false, updatable = false)
    private int checklistItems;

    @Column(name = "checklist_closed", insertable = false, updatable = false)
    private int checklistClosed;

    @Column(name = "checklist_next_due", insertable = false, updatable = false)
    private LocalDate checklistNextDue;

    @Version
    private long version;

    protected Rollout() {
    }

    public Rollout(long planId, SitePlacement site) {
        this.planId = planId;
        this.siteId = site.siteId();
        place(site);
    }

    /** Copies where the site sits now. */
    public void place(SitePlacement site) {
        siteCode = site.code();
        regionId = site.regionId();
        sectorId = site.sectorId();
        segment = site.segment();
        kind = site.kind();
    }

    public void moveTo(Long waveId, boolean pinned) {
        this.waveId = waveId;
        this.pinned = waveId != null && pinned;
    }

    /** The site adopted the package that day (from its checklist, or history brought by an imported schedule). */
    public void adoptedOn(LocalDate day) {
        adoptedOn = day;
        status = RolloutStatus.ADOPTED;
        clearBlock();
    }

    /** Where its checklist stands now: started or not; a blocked site stays blocked until unblocked. */
    public void progress(boolean started) {
        adoptedOn = null;
        if (status != RolloutStatus.BLOCKED) {
            status = started ? RolloutStatus.IN_PROGRESS : RolloutStatus.NOT_STARTED;
        }
    }

    public void block(String reason, LocalDate since, String by) {
        status = RolloutStatus.BLOCKED;
        blockedReason = reason;
        blockedSince = since;
        blockedBy = by;
    }

    /** Unblocked: back to where its checklist stands. */
    public void unblock(boolean started) {
        clearBlock();
        status = started ? RolloutStatus.IN_PROGRESS : RolloutStatus.NOT_STARTED;
    }

    private void clearBlock() {
        blockedReason = null;
        blockedSince = null;
        blockedBy = null;
    }

    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public long getSiteId() { return siteId; }
    public String getSiteCode() { return siteCode; }
    public Long getRegionId() { return regionId; }
    public Long getSectorId() { return sectorId; }
    public String getSegment() { return segment; }
    public SiteKind getKind() { return kind; }
    public Long getWaveId() { return waveId; }
    public RolloutStatus getStatus() { return status; }
    public LocalDate getAdoptedOn() { return adoptedOn; }
    public String getBlockedReason() { return blockedReason; }
    public LocalDate getBlockedSince() { return blockedSince; }
    public String getBlockedBy() { return blockedBy; }
    public boolean isPinned() { return pinned; }
    public int getChecklistItems() { return checklistItems; }
    public int getChecklistClosed() { return checklistClosed; }
    public LocalDate getChecklistNextDue() { return checklistNextDue; }
    public long getVersion() { return version; }
}
