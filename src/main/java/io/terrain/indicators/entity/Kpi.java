package io.terrain.indicators.entity;

import io.terrain.indicators.api.Aggregation;
import io.terrain.indicators.api.Direction;
import io.terrain.indicators.api.Granularity;
import io.terrain.indicators.api.KpiDraft;
import io.terrain.indicators.api.KpiSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "indicators_kpi")
public class Kpi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "name_fr")
    private String nameFr;

    @Column(name = "name_en")
    private String nameEn;

    private String unit;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    private Aggregation aggregation;

    @Column(name = "min_value")
    private Double minValue;

    @Column(name = "max_value")
    private Double maxValue;

    @Column(name = "target_value")
    private Double target;

    @Enumerated(EnumType.STRING)
    private Granularity granularity;

    private String description;

    @Version
    private long version;

    protected Kpi() {
    }

    public Kpi(String code) {
        this.code = code;
    }

    /** Everything but the code, which measurements refer to and never changes. */
    public void apply(KpiDraft draft) {
        nameFr = draft.nameFr();
        nameEn = draft.nameEn();
        unit = draft.unit();
        direction = draft.direction();
        aggregation = draft.aggregation();
        minValue = draft.minValue();
        maxValue = draft.maxValue();
        target = draft.target();
        granularity = draft.granularity();
        description = draft.description();
    }

    public KpiSummary summary() {
        return new KpiSummary(id, code, nameFr, nameEn, unit, direction, aggregation, minValue, maxValue, target, granularity,
                description, version);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
