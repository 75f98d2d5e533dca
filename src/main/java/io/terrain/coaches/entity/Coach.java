package io.terrain.coaches.entity;

import io.terrain.coaches.api.CoachDraft;
import io.terrain.coaches.api.CoachStatus;
import io.terrain.coaches.api.Training;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A field coach: a Terrain user (role COACH) seconded from operations, with their training. */
@Entity
@Table(name = "coaches_coach")
public class Coach {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    @Column(name = "former_role")
    private String formerRole;

    @Column(name = "former_site_id")
    private Long formerSiteId;

    @Column(name = "seconded_from")
    private LocalDate secondedFrom;

    @Column(name = "seconded_until")
    private LocalDate secondedUntil;

    @Column(name = "home_region_id")
    private Long homeRegionId;

    @Column(name = "capacity_days")
    private BigDecimal capacityDays;

    private String languages;

    @Enumerated(EnumType.STRING)
    private CoachStatus status;

    @ElementCollection
    @CollectionTable(name = "coaches_training", joinColumns = @JoinColumn(name = "coach_id"))
    @OrderColumn(name = "position")
    private List<TrainingItem> training = new ArrayList<>();

    @Version
    private long version;

    protected Coach() {
    }

    public Coach(long userId) {
        this.userId = userId;
    }

    public void apply(CoachDraft d) {
        formerRole = d.formerRole() == null || d.formerRole().isBlank() ? null : d.formerRole().strip();
        formerSiteId = d.formerSiteId();
        secondedFrom = d.secondedFrom();
        secondedUntil = d.secondedUntil();
        homeRegionId = d.homeRegionId();
        capacityDays = d.capacityDays();
        languages = d.languages() == null ? null : String.join(",", d.languages());
        status = d.status() == null ? CoachStatus.IN_TRAINING : d.status();
        training.clear();
        if (d.training() != null) {
            d.training().forEach(t -> training.add(new TrainingItem(t.module().strip(), t.completedOn())));
        }
    }

    public List<String> languageList() {
        return languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(","));
    }

    public List<Training> trainingList() {
        return training.stream().map(t -> new Training(t.module, t.completedOn)).toList();
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public String getFormerRole() { return formerRole; }
    public Long getFormerSiteId() { return formerSiteId; }
    public LocalDate getSecondedFrom() { return secondedFrom; }
    public LocalDate getSecondedUntil() { return secondedUntil; }
    public Long getHomeRegionId() { return homeRegionId; }
    public BigDecimal getCapacityDays() { return capacityDays; }
    public CoachStatus getStatus() { return status; }
    public long getVersion() { return version; }

    @Embeddable
    public static class TrainingItem {

        private String module;

        @Column(name = "completed_on")
        private LocalDate completedOn;

        protected TrainingItem() {
        }

        TrainingItem(String module, LocalDate completedOn) {
            this.module = module;
            this.completedOn = completedOn;
        }
    }
}
