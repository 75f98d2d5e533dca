package io.terrain.pilots.entity;

import io.terrain.pilots.api.PerceptionDraft;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One team member's response on a pilot; written once. */
@Entity
@Table(name = "pilots_perception")
public class Perception {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pilot_id")
    private long pilotId;

    @Column(name = "site_id")
    private long siteId;

    @Column(name = "responded_on")
    private LocalDate respondedOn;

    /** 1-5 per improvement, comma separated, in the pilot's order. */
    private String scores;

    private int recommend;

    private String comment;

    protected Perception() {
    }

    public Perception(long pilotId, PerceptionDraft d) {
        this.pilotId = pilotId;
        siteId = d.siteId();
        respondedOn = d.respondedOn();
        scores = d.scores().stream().map(String::valueOf).collect(Collectors.joining(","));
        recommend = d.recommend();
        comment = d.comment() == null || d.comment().isBlank() ? null : d.comment().strip();
    }

    public List<Integer> scoreList() {
        return scores.isEmpty() ? List.of() : Arrays.stream(scores.split(",")).map(Integer::valueOf).toList();
    }

    public long getSiteId() { return siteId; }
    public int getRecommend() { return recommend; }
    public String getComment() { return comment; }
}
