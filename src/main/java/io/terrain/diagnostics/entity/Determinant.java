package io.terrain.diagnostics.entity;

import io.terrain.diagnostics.api.DeterminantDraft;
import io.terrain.diagnostics.api.DeterminantKind;
import io.terrain.diagnostics.api.DeterminantSummary;
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
import java.util.HashSet;
import java.util.Set;

/** An organizational finding and the friction points it explains. */
@Entity
@Table(name = "diagnostics_determinant")
public class Determinant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private long campaignId;

    @Enumerated(EnumType.STRING)
    private DeterminantKind kind;

    private String finding;

    @ElementCollection
    @CollectionTable(name = "diagnostics_determinant_friction", joinColumns = @JoinColumn(name = "determinant_id"))
    @Column(name = "friction_id")
    private Set<Long> frictionIds = new HashSet<>();

    @Version
    private long version;

    protected Determinant() {
    }

    public Determinant(long campaignId) {
        this.campaignId = campaignId;
    }

    public void apply(DeterminantDraft d) {
        kind = d.kind();
        finding = d.finding().strip();
        frictionIds.clear();
        if (d.frictionIds() != null) {
            frictionIds.addAll(d.frictionIds());
        }
    }

    public DeterminantSummary summary() {
        return new DeterminantSummary(id, kind, finding, Friction.sorted(frictionIds), version);
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getVersion() {
        return version;
    }

    public Set<Long> getFrictionIds() {
        return frictionIds;
    }
}
