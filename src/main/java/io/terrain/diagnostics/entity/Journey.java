package io.terrain.diagnostics.entity;

import io.terrain.diagnostics.api.Channel;
import io.terrain.diagnostics.api.JourneySummary;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "diagnostics_journey")
public class Journey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "name_fr")
    private String nameFr;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Step> steps = new ArrayList<>();

    @Version
    private long version;

    protected Journey() {
    }

    public Journey(String code) {
        this.code = code;
    }

    public void rename(String nameFr, String nameEn, Channel channel) {
        this.nameFr = nameFr.strip();
        this.nameEn = nameEn.strip();
        this.channel = channel;
    }

    public List<Step> getSteps() {
        return steps;
    }

    public JourneySummary summary() {
        return new JourneySummary(id, code, nameFr, nameEn, channel, steps.stream().map(Step::summary).toList(), version);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getVersion() {
        return version;
    }
}
