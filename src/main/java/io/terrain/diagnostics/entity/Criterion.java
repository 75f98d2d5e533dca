package io.terrain.diagnostics.entity;

import io.terrain.diagnostics.api.CriterionKind;
import io.terrain.diagnostics.api.JourneySummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A question of a step's observation grid. */
@Entity
@Table(name = "diagnostics_criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "step_id")
    private Step step;

    private int position;

    @Column(name = "label_fr")
    private String labelFr;

    @Column(name = "label_en")
    private String labelEn;

    @Enumerated(EnumType.STRING)
    private CriterionKind kind;

    protected Criterion() {
    }

    public Criterion(Step step) {
        this.step = step;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void update(int position, String labelFr, String labelEn, CriterionKind kind) {
        this.position = position;
        this.labelFr = labelFr.strip();
        this.labelEn = labelEn.strip();
        this.kind = kind;
    }

    public JourneySummary.Criterion summary() {
        return new JourneySummary.Criterion(id, position, labelFr, labelEn, kind);
    }

    public Long getId() {
        return id;
    }
}
