package io.terrain.diagnostics.entity;

import io.terrain.diagnostics.api.ObservationDraft;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One customer interaction observed at a journey step; never edited once sent (a phone resends it as is). */
@Entity
@Table(name = "diagnostics_observation")
public class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String uuid;

    @Column(name = "campaign_id")
    private long campaignId;

    @Column(name = "site_id")
    private long siteId;

    @Column(name = "step_id")
    private long stepId;

    @Column(name = "observed_at")
    private LocalDateTime observedAt;

    @Column(name = "observer_user_id")
    private long observerId;

    private String note;

    @ElementCollection
    @CollectionTable(name = "diagnostics_answer", joinColumns = @JoinColumn(name = "observation_id"))
    private List<Answer> answers = new ArrayList<>();

    protected Observation() {
    }

    public Observation(long campaignId, long observerId, ObservationDraft draft) {
        this.uuid = draft.uuid();
        this.campaignId = campaignId;
        this.observerId = observerId;
        this.siteId = draft.siteId();
        this.stepId = draft.stepId();
        this.observedAt = draft.observedAt();
        this.note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        for (ObservationDraft.Answer a : draft.answers()) {
            answers.add(new Answer(a.criterionId(), a.choice(), a.rating(), a.minutes()));
        }
    }

    /** Whether a resent draft is the same observation (same campaign, site, step, time, note and answers). */
    public boolean sameAs(long campaignId, ObservationDraft draft) {
        Observation other = new Observation(campaignId, observerId, draft);
        return this.campaignId == campaignId && siteId == other.siteId && stepId == other.stepId
                && observedAt.withNano(0).equals(other.observedAt.withNano(0)) && Objects.equals(note, other.note)
                && new java.util.HashSet<>(answers).equals(new java.util.HashSet<>(other.answers));
    }

    public List<ObservationDraft.Answer> answerDrafts() {
        return answers.stream().map(a -> new ObservationDraft.Answer(a.criterionId, a.choice, a.rating, a.minutes)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getUuid() {
        return uuid;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getSiteId() {
        return siteId;
    }

    public long getStepId() {
        return stepId;
    }

    public LocalDateTime getObservedAt() {
        return observedAt;
    }

    public long getObserverId() {
        return observerId;
    }

    public String getNote() {
        return note;
    }

    @Embeddable
    public static class Answer {

        @Column(name = "criterion_id")
        private long criterionId;

        private String choice;

        private Integer rating;

        private Double minutes;

        protected Answer() {
        }

        Answer(long criterionId, String choice, Integer rating, Double minutes) {
            this.criterionId = criterionId;
            this.choice = choice;
            this.rating = rating;
            this.minutes = minutes;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Answer a && criterionId == a.criterionId && Objects.equals(choice, a.choice)
                    && Objects.equals(rating, a.rating) && Objects.equals(minutes, a.minutes);
        }

        @Override
        public int hashCode() {
            return Objects.hash(criterionId, choice, rating, minutes);
        }
    }
}
