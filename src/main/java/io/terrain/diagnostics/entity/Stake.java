package io.terrain.diagnostics.entity;

import io.terrain.diagnostics.api.StakeDraft;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A prioritised stake: what the campaign concludes, gathering friction points. */
@Entity
@Table(name = "diagnostics_stake")
public class Stake {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private long campaignId;

    private int priority;

    private String title;

    private String description;

    @ElementCollection
    @CollectionTable(name = "diagnostics_stake_friction", joinColumns = @JoinColumn(name = "stake_id"))
    @Column(name = "friction_id")
    private Set<Long> frictionIds = new HashSet<>();

    @Version
    private long version;

    protected Stake() {
    }

    public Stake(long campaignId) {
        this.campaignId = campaignId;
    }

    public void apply(StakeDraft d) {
        priority = d.priority();
        title = d.title().strip();
        description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        frictionIds.clear();
        if (d.frictionIds() != null) {
            frictionIds.addAll(d.frictionIds());
        }
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public int getPriority() {
        return priority;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<Long> getFrictionIds() {
        return Friction.sorted(frictionIds);
    }

    public long getVersion() {
        return version;
    }
}
