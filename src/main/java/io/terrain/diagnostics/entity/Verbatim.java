package io.terrain.diagnostics.entity;

import io.terrain.diagnostics.api.Channel;
import io.terrain.diagnostics.api.ScoreKind;
import io.terrain.diagnostics.api.VerbatimSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A customer's words, with a score when there is one. Written once (entered or imported). */
@Entity
@Table(name = "diagnostics_verbatim")
public class Verbatim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private long campaignId;

    @Column(name = "site_id")
    private long siteId;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "score_kind")
    private ScoreKind scoreKind;

    private Integer score;

    private String category;

    @Column(name = "step_id")
    private Long stepId;

    protected Verbatim() {
    }

    public Verbatim(long campaignId, long siteId, LocalDate receivedOn, Channel channel, String text, ScoreKind scoreKind,
                    Integer score, String category, Long stepId) {
        this.campaignId = campaignId;
        this.siteId = siteId;
        this.receivedOn = receivedOn;
        this.channel = channel;
        this.text = text;
        this.scoreKind = scoreKind;
        this.score = score;
        this.category = category;
        this.stepId = stepId;
    }

    public VerbatimSummary summary(String siteCode, String siteName) {
        return new VerbatimSummary(id, siteId, siteCode, siteName, receivedOn, channel, text, scoreKind, score, category, stepId,
                scoreKind != null && score != null && scoreKind.isDetractor(score));
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public ScoreKind getScoreKind() {
        return scoreKind;
    }

    public Integer getScore() {
        return score;
    }
}
