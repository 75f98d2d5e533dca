package io.terrain.pilots.entity;

import io.terrain.pilots.api.PackageDraft;
import io.terrain.pilots.api.PackageSummary;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A version of a package; once published it does not change. */
@Entity
@Table(name = "pilots_package")
public class PilotPackage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pilot_id")
    private long pilotId;

    private String name;

    @Column(name = "version_no")
    private int versionNo;

    private String status;

    private String processes;

    private String tools;

    private String management;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @ElementCollection
    @CollectionTable(name = "pilots_package_kpi", joinColumns = @JoinColumn(name = "package_id"))
    @OrderColumn(name = "position")
    private List<KpiTarget> kpis = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "pilots_package_step", joinColumns = @JoinColumn(name = "package_id"))
    @OrderColumn(name = "position")
    private List<Step> steps = new ArrayList<>();

    @Version
    private long version;

    protected PilotPackage() {
    }

    public PilotPackage(long pilotId, int versionNo, PackageDraft draft) {
        this.pilotId = pilotId;
        this.versionNo = versionNo;
        this.status = "DRAFT";
        apply(draft);
    }

    public void apply(PackageDraft d) {
        name = d.name().strip();
        processes = d.processes();
        tools = d.tools();
        management = d.management();
        kpis.clear();
        if (d.kpis() != null) {
            d.kpis().forEach(k -> kpis.add(new KpiTarget(k.kpiCode(), k.targetValue())));
        }
        steps.clear();
        if (d.steps() != null) {
            d.steps().forEach(s -> steps.add(new Step(s.description().strip(), s.ownerRole().strip(), s.expectedDays(), s.evidence().strip())));
        }
    }

    public void publish() {
        status = "PUBLISHED";
        publishedAt = LocalDateTime.now().withNano(0);
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }

    public PackageDraft draft() {
        return new PackageDraft(name, processes, tools, management,
                kpis.stream().map(k -> new PackageDraft.KpiTarget(k.kpiCode, k.targetValue)).toList(),
                steps.stream().map(s -> new PackageDraft.Step(s.description, s.ownerRole, s.expectedDays, s.evidence)).toList());
    }

    public PackageSummary summary() {
        PackageDraft d = draft();
        return new PackageSummary(id, pilotId, name, versionNo, isPublished(), publishedAt, processes, tools, management, d.kpis(),
                d.steps(), version);
    }

    public Long getId() { return id; }
    public long getPilotId() { return pilotId; }
    public int getVersionNo() { return versionNo; }
    public long getVersion() { return version; }

    @Embeddable
    public static class KpiTarget {
        @Column(name = "kpi_code")
        private String kpiCode;
        @Column(name = "target_value")
        private Double targetValue;

        protected KpiTarget() {
        }

        KpiTarget(String kpiCode, Double targetValue) {
            this.kpiCode = kpiCode;
            this.targetValue = targetValue;
        }
    }

    @Embeddable
    public static class Step {
        private String description;
        @Column(name = "owner_role")
        private String ownerRole;
        @Column(name = "expected_days")
        private Integer expectedDays;
        private String evidence;

        protected Step() {
        }

        Step(String description, String ownerRole, Integer expectedDays, String evidence) {
            this.description = description;
            this.ownerRole = ownerRole;
            this.expectedDays = expectedDays;
            this.evidence = evidence;
        }
    }
}
