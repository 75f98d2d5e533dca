package io.terrain.diagnostics.entity;

import io.terrain.diagnostics.api.AspirationDraft;
import io.terrain.diagnostics.api.CampaignDraft;
import io.terrain.diagnostics.api.CampaignStatus;
import io.terrain.diagnostics.api.CampaignSummary;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A diagnostic campaign: its observers, journeys and sample are ids of users, journeys and sites. */
@Entity
@Table(name = "diagnostics_campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String objective;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private CampaignStatus status;

    private String aspiration;

    @Column(name = "aspiration_agreed_by")
    private String aspirationAgreedBy;

    @Column(name = "aspiration_agreed_on")
    private LocalDate aspirationAgreedOn;

    @ElementCollection
    @CollectionTable(name = "diagnostics_campaign_member", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "user_id")
    private Set<Long> memberIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "diagnostics_campaign_site", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "site_id")
    private Set<Long> siteIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "diagnostics_campaign_journey", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "journey_id")
    private Set<Long> journeyIds = new HashSet<>();

    @Version
    private long version;

    protected Campaign() {
    }

    public Campaign(CampaignDraft draft) {
        status = CampaignStatus.PREPARING;
        apply(draft);
    }

    public void apply(CampaignDraft draft) {
        name = draft.name().strip();
        objective = draft.objective();
        startsOn = draft.startsOn();
        endsOn = draft.endsOn();
        if (draft.status() != null) {
            status = draft.status();
        }
        replace(memberIds, draft.memberIds());
        replace(journeyIds, draft.journeyIds());
    }

    public void agree(AspirationDraft draft) {
        aspiration = draft.text().strip();
        aspirationAgreedBy = draft.agreedBy().strip();
        aspirationAgreedOn = draft.agreedOn();
    }

    public void replaceSample(Collection<Long> sites) {
        replace(siteIds, sites);
    }

    private static void replace(Set<Long> target, Collection<Long> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    public CampaignSummary summary() {
        return new CampaignSummary(id, name, objective, startsOn, endsOn, status, siteIds.size(), sorted(memberIds),
                sorted(journeyIds), aspiration, aspirationAgreedBy, aspirationAgreedOn, version);
    }

    private static List<Long> sorted(Set<Long> ids) {
        List<Long> list = new ArrayList<>(ids);
        list.sort(null);
        return list;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Set<Long> getSiteIds() {
        return siteIds;
    }

    public Set<Long> getMemberIds() {
        return memberIds;
    }

    public Set<Long> getJourneyIds() {
        return journeyIds;
    }
}
