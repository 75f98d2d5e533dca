package io.terrain.diagnostics.entity;

import io.terrain.diagnostics.api.Interaction;
import io.terrain.diagnostics.api.JourneySummary;
import io.terrain.diagnostics.api.Moment;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A step of a journey; part of the Journey aggregate (no version of its own). */
@Entity
@Table(name = "diagnostics_step")
public class Step {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "journey_id")
    private Journey journey;

    private int position;

    @Column(name = "name_fr")
    private String nameFr;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private Moment moment;

    @Enumerated(EnumType.STRING)
    private Interaction interaction;

    @OneToMany(mappedBy = "step", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    protected Step() {
    }

    public Step(Journey journey) {
        this.journey = journey;
    }

    public void update(int position, String nameFr, String nameEn, Moment moment, Interaction interaction) {
        this.position = position;
        this.nameFr = nameFr.strip();
        this.nameEn = nameEn.strip();
        this.moment = moment;
        this.interaction = interaction;
    }

    public List<Criterion> getCriteria() {
        return criteria;
    }

    public JourneySummary.Step summary() {
        return new JourneySummary.Step(id, position, nameFr, nameEn, moment, interaction,
                criteria.stream().map(Criterion::summary).toList());
    }

    public Long getId() {
        return id;
    }
}
