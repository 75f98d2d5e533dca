package io.terrain.waves.entity;

import io.terrain.network.api.SiteKind;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.api.PlanStatus;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A rollout plan: one published package version over a perimeter, the KPIs it should move, a status. */
@Entity
@Table(name = "waves_plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "package_id")
    private long packageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "site_kind")
    private SiteKind siteKind;

    private String segment;

    @Enumerated(EnumType.STRING)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "waves_plan_unit", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "org_unit_id")
    private Set<Long> orgUnitIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "waves_plan_kpi", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<Kpi> kpis = new ArrayList<>();

    @Version
    private long version;

    protected Plan() {
    }

    public Plan(String createdBy, LocalDateTime createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Applies what a manager wrote; the perimeter and package only while the plan is a draft (the caller checks). */
    public void apply(PlanDraft draft) {
        name = draft.name().strip();
        packageId = draft.packageId();
        siteKind = draft.siteKind();
        segment = draft.segment() == null || draft.segment().isBlank() ? null : draft.segment().strip();
        orgUnitIds.clear();
        if (draft.orgUnitIds() != null) {
            orgUnitIds.addAll(draft.orgUnitIds());
        }
        kpis.clear();
        for (PlanDraft.PlanKpi kpi : draft.kpis()) {
            kpis.add(new Kpi(kpi.kpiCode().strip(), kpi.primary()));
        }
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    public List<PlanDraft.PlanKpi> kpiList() {
        return kpis.stream().map(k -> new PlanDraft.PlanKpi(k.kpiCode, k.primary)).toList();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public long getPackageId() { return packageId; }
    public SiteKind getSiteKind() { return siteKind; }
    public String getSegment() { return segment; }
    public PlanStatus getStatus() { return status; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Set<Long> getOrgUnitIds() { return Set.copyOf(orgUnitIds); }
    public long getVersion() { return version; }

    @Embeddable
    public static class Kpi {
        @Column(name = "kpi_code")
        private String kpiCode;

        @Column(name = "primary_kpi")
        private boolean primary;

        protected Kpi() {
        }

        Kpi(String kpiCode, boolean primary) {
            this.kpiCode = kpiCode;
            this.primary = primary;
        }
    }
}
