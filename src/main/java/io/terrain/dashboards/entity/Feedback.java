package io.terrain.dashboards.entity;

import io.terrain.dashboards.api.FeedbackChannel;
import io.terrain.dashboards.api.FeedbackPriority;
import io.terrain.dashboards.api.FeedbackResponse;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One customer response, kept as the survey sent it; a resend with other content corrects it (no version: nobody edits
 * feedback in Terrain, the survey tool is its source).
 */
@Entity
@Table(name = "dashboards_feedback")
public class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "response_id")
    private String responseId;

    @Column(name = "site_id")
    private long siteId;

    @Column(name = "site_code")
    private String siteCode;

    @Column(name = "region_id")
    private Long regionId;

    @Column(name = "sector_id")
    private Long sectorId;

    @Column(name = "responded_on")
    private LocalDate respondedOn;

    @Enumerated(EnumType.STRING)
    private FeedbackChannel channel;

    @Column(name = "contact_reason")
    private String contactReason;

    private Integer csat;

    private Integer recommend;

    private String verbatim;

    private String category;

    @Enumerated(EnumType.STRING)
    private FeedbackPriority priority;

    @Column(name = "priority_rank")
    private int priorityRank;

    @Column(name = "imported_at")
    private LocalDateTime importedAt;

    @Column(name = "imported_by")
    private String importedBy;

    protected Feedback() {
    }

    public Feedback(String responseId) {
        this.responseId = responseId;
    }

    /** The response as read from a file: where the site sits, the scores, the words; its priority follows. */
    public void apply(Received r, String by, LocalDateTime at) {
        siteId = r.siteId();
        siteCode = r.siteCode();
        regionId = r.regionId();
        sectorId = r.sectorId();
        respondedOn = r.respondedOn();
        channel = r.channel();
        contactReason = r.contactReason();
        csat = r.csat();
        recommend = r.recommend();
        verbatim = r.verbatim();
        category = r.category();
        priority = FeedbackPriority.of(csat, recommend);
        priorityRank = priority.ordinal();
        importedAt = at;
        importedBy = by;
    }

    /** Whether a resend says the same as what is kept (then nothing is written). */
    public boolean sameAs(Received r) {
        return siteId == r.siteId() && Objects.equals(respondedOn, r.respondedOn()) && channel == r.channel()
                && Objects.equals(contactReason, r.contactReason()) && Objects.equals(csat, r.csat())
                && Objects.equals(recommend, r.recommend()) && Objects.equals(verbatim, r.verbatim()) && Objects.equals(category, r.category());
    }

    /** A response as an import reads it, checked. */
    public record Received(int line, String responseId, long siteId, String siteCode, Long regionId, Long sectorId, LocalDate respondedOn,
                           FeedbackChannel channel, String contactReason, Integer csat, Integer recommend, String verbatim,
                           String category) {
    }

    public FeedbackResponse summary() {
        return new FeedbackResponse(id, responseId, siteId, siteCode, respondedOn, channel, contactReason, csat, recommend, verbatim,
                category, priority);
    }

    public String getResponseId() {
        return responseId;
    }

    public long getSiteId() {
        return siteId;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }
}
