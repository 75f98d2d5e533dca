package io.terrain.pilots.entity;

import io.terrain.pilots.api.DecisionSummary;
import io.terrain.pilots.api.PilotStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A decision on a pilot with its evidence frozen; never changed after it is written. */
@Entity
@Table(name = "pilots_decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pilot_id")
    private long pilotId;

    @Enumerated(EnumType.STRING)
    private PilotStatus outcome;

    private boolean overridden;

    private String rationale;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    private String evidence;

    protected Decision() {
    }

    public Decision(long pilotId, PilotStatus outcome, boolean overridden, String rationale, String decidedBy, String evidence) {
        this.pilotId = pilotId;
        this.outcome = outcome;
        this.overridden = overridden;
        this.rationale = rationale;
        this.decidedBy = decidedBy;
        this.decidedAt = LocalDateTime.now().withNano(0);
        this.evidence = evidence;
    }

    public DecisionSummary summary() {
        return new DecisionSummary(id, outcome, overridden, rationale, decidedBy, decidedAt, evidence);
    }
}
