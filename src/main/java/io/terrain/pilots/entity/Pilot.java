package io.terrain.pilots.entity;

import io.terrain.pilots.api.ImprovementKind;
import io.terrain.pilots.api.PilotDraft;
import io.terrain.pilots.api.PilotStatus;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.api.StatusChange;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A pilot: its design, and its pilot and control sites (ids of the network). */
@Entity
@Table(name = "pilots_pilot")
public class Pilot {

    public static final String PILOT = "PILOT";
    public static final String CONTROL = "CONTROL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String hypothesis;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    private PilotStatus status;

    @Column(name = "baseline_from")
    private LocalDate baselineFrom;

    @Column(name = "baseline_to")
    private LocalDate baselineTo;

    @Column(name = "pilot_from")
    private LocalDate pilotFrom;

    @Column(name = "pilot_to")
    private LocalDate pilotTo;

    @ElementCollection
    @CollectionTable(name = "pilots_stake", joinColumns = @JoinColumn(name = "pilot_id"))
    @Column(name = "stake_id")
    private Set<Long> stakeIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "pilots_improvement", joinColumns = @JoinColumn(name = "pilot_id"))
    @OrderColumn(name = "position")
    private List<Improvement> improvements = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "pilots_team_member", joinColumns = @JoinColumn(name = "pilot_id"))
    @OrderColumn(name = "position")
    private List<TeamMember> team = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "pilots_directorate", joinColumns = @JoinColumn(name = "pilot_id"))
    @OrderColumn(name = "position")
    private List<Directorate> directorates = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "pilots_kpi", joinColumns = @JoinColumn(name = "pilot_id"))
    @OrderColumn(name = "position")
    private List<Kpi> kpis = new ArrayList<>();

    /** Site id → PILOT or CONTROL. */
    @ElementCollection
    @CollectionTable(name = "pilots_site", joinColumns = @JoinColumn(name = "pilot_id"))
    @MapKeyColumn(name = "site_id")
    @Column(name = "role")
    private Map<Long, String> sites = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "pilots_status_change", joinColumns = @JoinColumn(name = "pilot_id"))
    @OrderColumn(name = "position")
    private List<StatusEntry> history = new ArrayList<>();

    @Version
    private long version;

    protected Pilot() {
    }

    public Pilot(PilotDraft draft, String designedBy) {
        apply(draft);
        moveTo(PilotStatus.DESIGN, LocalDate.now(), designedBy);
    }

    public void apply(PilotDraft d) {
        name = d.name().strip();
        hypothesis = d.hypothesis() == null || d.hypothesis().isBlank() ? null : d.hypothesis().strip();
        campaignId = d.campaignId();
        baselineFrom = d.baselineFrom();
        baselineTo = d.baselineTo();
        pilotFrom = d.pilotFrom();
        pilotTo = d.pilotTo();
        stakeIds.clear();
        if (d.stakeIds() != null) {
            stakeIds.addAll(d.stakeIds());
        }
        improvements.clear();
        orEmpty(d.improvements()).forEach(i -> improvements.add(new Improvement(i.kind(), i.description().strip())));
        team.clear();
        orEmpty(d.team()).forEach(t -> team.add(new TeamMember(t.name().strip(), t.homeSiteId())));
        directorates.clear();
        orEmpty(d.directorates()).forEach(x -> directorates.add(new Directorate(x.directorate().strip(), x.contact().strip(), x.part())));
        kpis.clear();
        orEmpty(d.kpis()).forEach(k -> kpis.add(new Kpi(k.kpiCode(), k.primary(), k.targetEffect())));
    }

    public void placeSites(Collection<Long> pilotSites, Collection<Long> controlSites) {
        sites.clear();
        controlSites.forEach(s -> sites.put(s, CONTROL));
        pilotSites.forEach(s -> sites.put(s, PILOT));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public List<Long> siteIds(String role) {
        List<Long> ids = new ArrayList<>();
        sites.forEach((site, r) -> {
            if (r.equals(role)) {
                ids.add(site);
            }
        });
        ids.sort(null);
        return ids;
    }

    public PilotSummary summary() {
        List<Long> stakes = new ArrayList<>(stakeIds);
        stakes.sort(null);
        return new PilotSummary(id, name, hypothesis, campaignId, stakes, status, baselineFrom, baselineTo, pilotFrom, pilotTo,
                improvements.stream().map(i -> new PilotDraft.Improvement(i.kind, i.description)).toList(),
                team.stream().map(t -> new PilotDraft.TeamMember(t.name, t.homeSiteId)).toList(),
                directorates.stream().map(x -> new PilotDraft.Directorate(x.directorate, x.contact, x.part)).toList(),
                kpis.stream().map(k -> new PilotDraft.PilotKpi(k.kpiCode, k.primary, k.targetEffect)).toList(),
                siteIds(PILOT), siteIds(CONTROL),
                history.stream().map(h -> new StatusChange(h.status, h.effectiveOn, h.recordedBy, h.recordedAt)).toList(), version);
    }

    /** Launch, measurement or decision (the lifecycle's rules are checked before). */
    public void moveTo(PilotStatus next, LocalDate effectiveOn, String recordedBy) {
        // A pilot recorded after the fact is launched on a day before it was entered: it was designed by then at the
        // latest, so its design takes that day and the history reads in order (the recording time stays the true one).
        StatusEntry design = history.isEmpty() ? null : history.get(0);
        if (design != null && design.status == PilotStatus.DESIGN && design.effectiveOn.isAfter(effectiveOn)) {
            history.set(0, new StatusEntry(PilotStatus.DESIGN, effectiveOn, design.recordedBy, design.recordedAt));
        }
        status = next;
        history.add(new StatusEntry(next, effectiveOn, recordedBy, LocalDateTime.now().withNano(0)));
    }

    public int improvementCount() {
        return improvements.size();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public PilotStatus getStatus() { return status; }

    @Embeddable
    public static class Improvement {
        @Enumerated(EnumType.STRING)
        private ImprovementKind kind;
        private String description;

        protected Improvement() {
        }

        Improvement(ImprovementKind kind, String description) {
            this.kind = kind;
            this.description = description;
        }
    }

    @Embeddable
    public static class TeamMember {
        private String name;
        @Column(name = "home_site_id")
        private Long homeSiteId;

        protected TeamMember() {
        }

        TeamMember(String name, Long homeSiteId) {
            this.name = name;
            this.homeSiteId = homeSiteId;
        }
    }

    @Embeddable
    public static class Directorate {
        private String directorate;
        private String contact;
        private String part;

        protected Directorate() {
        }

        Directorate(String directorate, String contact, String part) {
            this.directorate = directorate;
            this.contact = contact;
            this.part = part;
        }
    }

    @Embeddable
    public static class Kpi {
        @Column(name = "kpi_code")
        private String kpiCode;
        @Column(name = "primary_kpi")
        private boolean primary;
        @Column(name = "target_effect")
        private Double targetEffect;

        protected Kpi() {
        }

        Kpi(String kpiCode, boolean primary, Double targetEffect) {
            this.kpiCode = kpiCode;
            this.primary = primary;
            this.targetEffect = targetEffect;
        }
    }

    @Embeddable
    public static class StatusEntry {
        @Enumerated(EnumType.STRING)
        private PilotStatus status;
        @Column(name = "effective_on")
        private LocalDate effectiveOn;
        @Column(name = "recorded_by")
        private String recordedBy;
        @Column(name = "recorded_at")
        private LocalDateTime recordedAt;

        protected StatusEntry() {
        }

        StatusEntry(PilotStatus status, LocalDate effectiveOn, String recordedBy, LocalDateTime recordedAt) {
            this.status = status;
            this.effectiveOn = effectiveOn;
            this.recordedBy = recordedBy;
            this.recordedAt = recordedAt;
        }
    }
}
