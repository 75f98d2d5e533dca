package io.terrain.waves.entity;

import io.terrain.waves.api.WaveDraft;
import io.terrain.waves.api.WaveStatus;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A wave of a plan: the sites that adopt the package together, with dates and coaches. */
@Entity
@Table(name = "waves_wave")
public class Wave {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    private String code;

    private String name;

    @Column(name = "preparation_start")
    private LocalDate preparationStart;

    @Column(name = "go_live")
    private LocalDate goLive;

    @Enumerated(EnumType.STRING)
    private WaveStatus status = WaveStatus.PLANNED;

    @ElementCollection
    @CollectionTable(name = "waves_wave_coach", joinColumns = @JoinColumn(name = "wave_id"))
    private List<Coach> coaches = new ArrayList<>();

    @Version
    private long version;

    protected Wave() {
    }

    public Wave(long planId, String code) {
        this.planId = planId;
        this.code = code;
    }

    public void apply(WaveDraft draft) {
        code = draft.code().strip();
        name = draft.name().strip();
        preparationStart = draft.preparationStart();
        goLive = draft.goLive();
        if (draft.status() != null) {
            status = draft.status();
        }
        coaches.clear();
        if (draft.coaches() != null) {
            for (WaveDraft.WaveCoach coach : draft.coaches()) {
                coaches.add(new Coach(coach.coachId(), coach.daysPerWeek().doubleValue()));
            }
        }
    }

    /** A wave created by an imported schedule: named after its code, prepared four weeks before going live. */
    public void schedule(LocalDate goLive) {
        this.name = code;
        this.goLive = goLive;
        this.preparationStart = goLive.minusWeeks(4);
    }

    public void setStatus(WaveStatus status) {
        this.status = status;
    }

    public List<WaveDraft.WaveCoach> coachList() {
        return coaches.stream().sorted(Comparator.comparingLong(c -> c.coachId))
                .map(c -> new WaveDraft.WaveCoach(c.coachId, BigDecimal.valueOf(c.daysPerWeek))).toList();
    }

    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public LocalDate getPreparationStart() { return preparationStart; }
    public LocalDate getGoLive() { return goLive; }
    public WaveStatus getStatus() { return status; }
    public long getVersion() { return version; }

    @Embeddable
    public static class Coach {
        @Column(name = "coach_id")
        private long coachId;

        @Column(name = "days_per_week")
        private double daysPerWeek;

        protected Coach() {
        }

        Coach(long coachId, double daysPerWeek) {
            this.coachId = coachId;
            this.daysPerWeek = daysPerWeek;
        }
    }
}
