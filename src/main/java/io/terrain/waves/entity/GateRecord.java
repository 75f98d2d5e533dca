package io.terrain.waves.entity;

import io.terrain.waves.api.GateDecision;
import io.terrain.waves.api.GateDecisionSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A decision at a wave's gate with the evidence frozen as it was. */
@Entity
@Table(name = "waves_gate_decision")
public class GateRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "wave_id")
    private long waveId;

    @Enumerated(EnumType.STRING)
    private GateDecision decision;

    private String rationale;

    private String evidence;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    protected GateRecord() {
    }

    public GateRecord(long waveId, GateDecision decision, String rationale, String evidence, String decidedBy, LocalDateTime decidedAt) {
        this.waveId = waveId;
        this.decision = decision;
        this.rationale = rationale;
        this.evidence = evidence;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public GateDecisionSummary summary() {
        return new GateDecisionSummary(id, waveId, decision, rationale, evidence, decidedBy, decidedAt);
    }
}
