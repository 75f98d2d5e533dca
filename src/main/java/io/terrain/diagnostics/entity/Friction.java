package io.terrain.diagnostics.entity;

import io.terrain.diagnostics.api.Cause;
import io.terrain.diagnostics.api.FrictionDraft;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A friction point of a campaign and the evidence behind it (observation and verbatim ids). */
@Entity
@Table(name = "diagnostics_friction")
public class Friction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private long campaignId;

    @Column(name = "step_id")
    private long stepId;

    @Enumerated(EnumType.STRING)
    private Cause cause;

    private String title;

    private String description;

    private int severity;

    @ElementCollection
    @CollectionTable(name = "diagnostics_friction_observation", joinColumns = @JoinColumn(name = "friction_id"))
    @Column(name = "observation_id")
    private Set<Long> observationIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "diagnostics_friction_verbatim", joinColumns = @JoinColumn(name = "friction_id"))
    @Column(name = "verbatim_id")
    private Set<Long> verbatimIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "diagnostics_friction_kpi", joinColumns = @JoinColumn(name = "friction_id"))
    @Column(name = "kpi_code")
    private Set<String> kpiCodes = new HashSet<>();

    @Version
    private long version;

    protected Friction() {
    }

    public Friction(long campaignId) {
        this.campaignId = campaignId;
    }

    public void apply(FrictionDraft d) {
        stepId = d.stepId();
        cause = d.cause();
        title = d.title().strip();
        description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        severity = d.severity();
        replace(observationIds, d.observationIds());
        replace(verbatimIds, d.verbatimIds());
        replace(kpiCodes, d.kpiCodes());
    }

    private static <T> void replace(Set<T> target, Collection<T> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    static <T extends Comparable<T>> List<T> sorted(Collection<T> values) {
        List<T> list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getStepId() {
        return stepId;
    }

    public Cause getCause() {
        return cause;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public int getSeverity() {
        return severity;
    }

    public List<Long> getObservationIds() {
        return sorted(observationIds);
    }

    public List<Long> getVerbatimIds() {
        return sorted(verbatimIds);
    }

    public List<String> getKpiCodes() {
        return sorted(kpiCodes);
    }

    public long getVersion() {
        return version;
    }
}
