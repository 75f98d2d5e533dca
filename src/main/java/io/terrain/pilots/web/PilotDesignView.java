package io.terrain.pilots.web;

import io.terrain.diagnostics.api.CampaignSummary;
import io.terrain.diagnostics.api.Diagnostics;
import io.terrain.diagnostics.api.StakeSummary;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.network.api.Network;
import io.terrain.pilots.api.ImprovementKind;
import io.terrain.pilots.api.PilotDraft;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.boundary.PilotsFacade;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The design tab of pilots/pilot.xhtml: hypothesis, stakes, windows, KPIs, the improvements tested,
 * the pilot team and the support directorates, saved together against the version read.
 */
@Named
@ViewScoped
public class PilotDesignView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "tabs:designForm";

    @Inject
    PilotsFacade pilots;

    @Inject
    PilotView pilotView;

    @Inject
    Diagnostics diagnostics;

    @Inject
    Indicators indicators;

    @Inject
    Network network;

    private List<CampaignSummary> campaigns = List.of();
    private List<StakeSummary> stakes = List.of();
    private List<KpiSummary> kpiCatalogue = List.of();

    private String name;
    private String hypothesis;
    private Long campaignId;
    private List<Long> stakeIds = new ArrayList<>();
    private LocalDate baselineFrom;
    private LocalDate baselineTo;
    private LocalDate pilotFrom;
    private LocalDate pilotTo;
    private List<KpiRow> kpis = new ArrayList<>();
    private List<ImprovementRow> improvements = new ArrayList<>();
    private List<MemberRow> team = new ArrayList<>();
    private List<DirectorateRow> directorates = new ArrayList<>();

    @PostConstruct
    void init() {
        campaigns = diagnostics.campaigns();
        kpiCatalogue = indicators.kpis();
        fill(pilotView.getPilot());
    }

    private void fill(PilotSummary p) {
        name = p.name();
        hypothesis = p.hypothesis();
        campaignId = p.campaignId();
        stakeIds = new ArrayList<>(p.stakeIds());
        stakes = p.campaignId() == null ? List.of() : pilots.stakesOf(p.campaignId());
        baselineFrom = p.baselineFrom();
        baselineTo = p.baselineTo();
        pilotFrom = p.pilotFrom();
        pilotTo = p.pilotTo();
        kpis = new ArrayList<>(p.kpis().stream().map(k -> new KpiRow(k.kpiCode(), k.primary(), k.targetEffect())).toList());
        improvements = new ArrayList<>(p.improvements().stream().map(i -> new ImprovementRow(i.kind(), i.description())).toList());
        Map<Long, String> codes = new HashMap<>();
        network.sitesByIds(p.team().stream().map(PilotDraft.TeamMember::homeSiteId).filter(Objects::nonNull).toList())
                .forEach(s -> codes.put(s.id(), s.code()));
        team = new ArrayList<>(p.team().stream().map(t -> new MemberRow(t.name(), codes.get(t.homeSiteId()))).toList());
        directorates = new ArrayList<>(p.directorates().stream().map(d -> new DirectorateRow(d.directorate(), d.contact(), d.part())).toList());
    }

    /** Program managers change a pilot until it is validated or rejected. */
    public boolean isEditable() {
        return pilotView.isManager() && !pilotView.getPilot().status().isClosed();
    }

    public void campaignChosen() {
        stakes = pilots.stakesOf(campaignId);
        stakeIds = new ArrayList<>();
    }

    public void addKpi() {
        kpis.add(new KpiRow(null, kpis.isEmpty(), null));
    }

    public void addImprovement() {
        improvements.add(new ImprovementRow(ImprovementKind.PROCESS, null));
    }

    public void addMember() {
        team.add(new MemberRow(null, null));
    }

    public void addDirectorate() {
        directorates.add(new DirectorateRow(null, null, null));
    }

    public void removeKpi(KpiRow row) {
        kpis.remove(row);
    }

    public void removeImprovement(ImprovementRow row) {
        improvements.remove(row);
    }

    public void removeMember(MemberRow row) {
        team.remove(row);
    }

    public void removeDirectorate(DirectorateRow row) {
        directorates.remove(row);
    }

    public void save() {
        List<Problem> problems = new ArrayList<>();
        List<PilotDraft.TeamMember> members = new ArrayList<>();
        int i = 1;
        for (MemberRow m : team) {
            if (blank(m.name) && blank(m.homeSite)) {
                continue;
            }
            Long site = null;
            if (!blank(m.homeSite)) {
                site = network.siteByCode(m.homeSite.strip()).map(s -> s.id()).orElse(null);
                if (site == null) {
                    problems.add(Problem.of("team[" + i + "].homeSite", "pilot.homeSite.unknown", m.homeSite));
                }
            }
            members.add(new PilotDraft.TeamMember(m.name, site));
            i++;
        }
        if (!problems.isEmpty()) {
            FacesMessages.problems(FORM, problems);
            return;
        }
        PilotDraft draft = new PilotDraft(name, hypothesis, campaignId, stakeIds, baselineFrom, baselineTo, pilotFrom, pilotTo,
                improvements.stream().filter(r -> !blank(r.description)).map(r -> new PilotDraft.Improvement(r.kind, r.description)).toList(),
                members,
                directorates.stream().filter(r -> !(blank(r.directorate) && blank(r.contact) && blank(r.part)))
                        .map(r -> new PilotDraft.Directorate(r.directorate, r.contact, r.part)).toList(),
                kpis.stream().filter(r -> !blank(r.kpiCode)).map(r -> new PilotDraft.PilotKpi(r.kpiCode, r.primary, r.targetEffect)).toList());
        try {
            PilotSummary saved = pilots.update(pilotView.getId(), pilotView.getPilot().version(), draft);
            FacesMessages.info("pilot.designSaved");
            pilotView.reload();
            fill(saved);
        } catch (InvalidInput e) {
            FacesMessages.problems(FORM, e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("error.editConflict");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public ImprovementKind[] getImprovementKinds() {
        return ImprovementKind.values();
    }

    /** Directorates usually involved, offered as suggestions; any other name is accepted. */
    public List<String> suggestDirectorates(String typed) {
        List<String> known = List.of("IT", "Logistics", "HR", "Audit", "Real estate", "Marketing", "Finance", "Legal", "Procurement");
        String q = typed == null ? "" : typed.toLowerCase(Locale.ROOT);
        return known.stream().filter(d -> d.toLowerCase(Locale.ROOT).contains(q)).toList();
    }

    /** The campaign the pilot comes from, by name (the read-only design). */
    public String getCampaignName() {
        return campaigns.stream().filter(c -> c.id() == (campaignId == null ? -1 : campaignId)).map(CampaignSummary::name).findFirst()
                .orElse("—");
    }

    /** The stakes the pilot answers, "1. title" each (the read-only design). */
    public String getStakeTitles() {
        String titles = String.join(" · ", stakes.stream().filter(s -> stakeIds.contains(s.id())).map(s -> s.priority() + ". " + s.title())
                .toList());
        return titles.isEmpty() ? "—" : titles;
    }

    public List<CampaignSummary> getCampaigns() { return campaigns; }
    public List<StakeSummary> getStakes() { return stakes; }
    public List<KpiSummary> getKpiCatalogue() { return kpiCatalogue; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getHypothesis() { return hypothesis; }
    public void setHypothesis(String v) { hypothesis = v; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long v) { campaignId = v; }
    public List<Long> getStakeIds() { return stakeIds; }
    public void setStakeIds(List<Long> v) { stakeIds = v; }
    public LocalDate getBaselineFrom() { return baselineFrom; }
    public void setBaselineFrom(LocalDate v) { baselineFrom = v; }
    public LocalDate getBaselineTo() { return baselineTo; }
    public void setBaselineTo(LocalDate v) { baselineTo = v; }
    public LocalDate getPilotFrom() { return pilotFrom; }
    public void setPilotFrom(LocalDate v) { pilotFrom = v; }
    public LocalDate getPilotTo() { return pilotTo; }
    public void setPilotTo(LocalDate v) { pilotTo = v; }
    public List<KpiRow> getKpis() { return kpis; }
    public List<ImprovementRow> getImprovements() { return improvements; }
    public List<MemberRow> getTeam() { return team; }
    public List<DirectorateRow> getDirectorates() { return directorates; }

    /** A KPI of the pilot as edited. */
    public static class KpiRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kpiCode;
        private boolean primary;
        private Double targetEffect;

        KpiRow(String kpiCode, boolean primary, Double targetEffect) {
            this.kpiCode = kpiCode;
            this.primary = primary;
            this.targetEffect = targetEffect;
        }

        public String getKpiCode() { return kpiCode; }
        public void setKpiCode(String v) { kpiCode = v; }
        public boolean isPrimary() { return primary; }
        public void setPrimary(boolean v) { primary = v; }
        public Double getTargetEffect() { return targetEffect; }
        public void setTargetEffect(Double v) { targetEffect = v; }
    }

    /** An improvement tested, as edited. */
    public static class ImprovementRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private ImprovementKind kind;
        private String description;

        ImprovementRow(ImprovementKind kind, String description) {
            this.kind = kind;
            this.description = description;
        }

        public ImprovementKind getKind() { return kind; }
        public void setKind(ImprovementKind v) { kind = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
    }

    /** A member of the pilot team, home site typed as a code. */
    public static class MemberRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String homeSite;

        MemberRow(String name, String homeSite) {
            this.name = name;
            this.homeSite = homeSite;
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getHomeSite() { return homeSite; }
        public void setHomeSite(String v) { homeSite = v; }
    }

    /** A support directorate, as edited. */
    public static class DirectorateRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String directorate;
        private String contact;
        private String part;

        DirectorateRow(String directorate, String contact, String part) {
            this.directorate = directorate;
            this.contact = contact;
            this.part = part;
        }

        public String getDirectorate() { return directorate; }
        public void setDirectorate(String v) { directorate = v; }
        public String getContact() { return contact; }
        public void setContact(String v) { contact = v; }
        public String getPart() { return part; }
        public void setPart(String v) { part = v; }
    }
}
