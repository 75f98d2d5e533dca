package io.terrain.waves.web;

import io.terrain.coaches.api.CoachSummary;
import io.terrain.coaches.api.Coaches;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.platform.api.EditConflict;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.security.CurrentUser;
import io.terrain.platform.security.Role;
import io.terrain.platform.web.FacesMessages;
import io.terrain.waves.api.CoachWeek;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.api.PlanStatus;
import io.terrain.waves.api.PlanSummary;
import io.terrain.waves.api.WaveDraft;
import io.terrain.waves.api.WaveStatus;
import io.terrain.waves.api.WaveSummary;
import io.terrain.waves.boundary.PlanWavesFacade;
import io.terrain.waves.boundary.PlansFacade;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * waves/plan.xhtml: a plan's header (package, perimeter, KPIs, status) and its waves tab — the
 * timeline of waves over weeks and the dialog that adds or edits a wave with its coaches. The other
 * tabs (sites, impact) have their own views.
 */
@Named
@ViewScoped
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlansFacade plans;

    @Inject
    PlanWavesFacade planWaves;

    @Inject
    Network network;

    @Inject
    Indicators indicators;

    @Inject
    Coaches coaches;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private PlanSummary plan;
    private List<WaveSummary> waves = List.of();
    private Map<String, KpiSummary> kpis = Map.of();
    private Map<Long, String> unitNames = Map.of();
    private List<CoachSummary> roster = List.of();
    private List<CoachWeek> load = List.of();

    /** The wave dialog: null id for a new wave. */
    private Long waveId;
    private long waveVersion;
    private String code;
    private String name;
    private LocalDate preparationStart;
    private LocalDate goLive;
    private WaveStatus status = WaveStatus.PLANNED;
    private List<CoachRow> coachRows = new ArrayList<>();

    /** A coach of the wave being edited. */
    public static class CoachRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long coachId;
        private BigDecimal days = BigDecimal.ONE;

        public Long getCoachId() { return coachId; }
        public void setCoachId(Long v) { coachId = v; }
        public BigDecimal getDays() { return days; }
        public void setDays(BigDecimal v) { days = v; }
    }

    public void load() {
        if (id == null) {
            throw new NotFound("RolloutPlan", "?");
        }
        plan = plans.plan(id);
        waves = plans.waves(id);
        kpis = indicators.kpis().stream().collect(Collectors.toMap(KpiSummary::code, Function.identity()));
        unitNames = network.orgUnits().stream().collect(Collectors.toMap(OrgUnitSummary::id, OrgUnitSummary::name));
        if (isWholeNetwork()) {
            roster = coaches.coaches();
            load = planWaves.coachLoad(id);
        }
    }

    /** Managers and executives read the whole plan; a line manager, their own sites (no coach load, no roster). */
    public boolean isWholeNetwork() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER) || currentUser.hasRole(Role.EXECUTIVE);
    }

    public boolean isManager() {
        return (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PROGRAM_MANAGER)) && plan != null
                && plan.status() != PlanStatus.CLOSED;
    }

    public String kpiLabel(PlanDraft.PlanKpi kpi) {
        KpiSummary k = kpis.get(kpi.kpiCode());
        return k == null ? kpi.kpiCode() : k.name(locale());
    }

    public String perimeterText() {
        if (plan.orgUnitIds().isEmpty()) {
            return text("waves.plan.wholeNetwork");
        }
        return plan.orgUnitIds().stream().map(u -> unitNames.getOrDefault(u, "#" + u)).collect(Collectors.joining(", "));
    }

    public void moveTo(String next) {
        try {
            plan = plans.update(id, plan.version(), new PlanDraft(plan.name(), plan.packageId(), plan.orgUnitIds(), plan.siteKind(),
                    plan.segment(), plan.kpis()), PlanStatus.valueOf(next));
            FacesMessages.info("waves.plan.statusChanged", text("waves.planStatus." + next));
        } catch (InvalidInput e) {
            FacesMessages.problems("statusForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("waves.conflict");
            load();
        }
    }

    public void newWave() {
        waveId = null;
        waveVersion = 0;
        code = "V" + (waves.size() + 1);
        name = text("waves.wave.defaultName", waves.size() + 1);
        goLive = waves.isEmpty() ? LocalDate.now().plusWeeks(6) : waves.get(waves.size() - 1).goLive().plusWeeks(8);
        preparationStart = goLive.minusWeeks(4);
        status = WaveStatus.PLANNED;
        coachRows = new ArrayList<>();
    }

    public void editWave(WaveSummary wave) {
        waveId = wave.id();
        waveVersion = wave.version();
        code = wave.code();
        name = wave.name();
        goLive = wave.goLive();
        preparationStart = wave.preparationStart();
        status = wave.status();
        coachRows = new ArrayList<>();
        for (WaveDraft.WaveCoach c : wave.coaches()) {
            CoachRow row = new CoachRow();
            row.setCoachId(c.coachId());
            row.setDays(c.daysPerWeek());
            coachRows.add(row);
        }
    }

    public void addCoachRow() {
        coachRows.add(new CoachRow());
    }

    public void removeCoachRow(CoachRow row) {
        coachRows.remove(row);
    }

    public void saveWave() {
        List<WaveDraft.WaveCoach> chosen = coachRows.stream().filter(r -> r.getCoachId() != null)
                .map(r -> new WaveDraft.WaveCoach(r.getCoachId(), r.getDays())).toList();
        WaveDraft draft = new WaveDraft(code, name, preparationStart, goLive, status, chosen);
        try {
            if (waveId == null) {
                planWaves.addWave(id, draft);
            } else {
                planWaves.updateWave(id, waveId, waveVersion, draft);
            }
            FacesMessages.info("waves.wave.saved", code);
            load();
            FacesContext.getCurrentInstance().getPartialViewContext().getEvalScripts().add("PF('waveDialog').hide()");
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:waveForm", e.problems());
        } catch (EditConflict e) {
            FacesMessages.error("waves.conflict");
            load();
        }
    }

    /** The waves over the weeks, with the coaches' load under them. */
    public PlanTimeline getTimeline() {
        return new PlanTimeline(waves, load, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String coachName(long coachId) {
        return roster.stream().filter(c -> c.id() == coachId).map(CoachSummary::name).findFirst()
                .orElseGet(() -> text("waves.wave.aCoach"));
    }

    public List<PlanStatus> getNextStatuses() {
        if (plan == null) {
            return List.of();
        }
        return switch (plan.status()) {
            case DRAFT -> List.of(PlanStatus.ACTIVE);
            case ACTIVE -> List.of(PlanStatus.CLOSED);
            case CLOSED -> List.of();
        };
    }

    public WaveStatus[] getWaveStatuses() {
        return WaveStatus.values();
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private String text(String key, Object... args) {
        return io.terrain.platform.i18n.Messages.text(locale(), key, args);
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public PlanSummary getPlan() { return plan; }
    public List<WaveSummary> getWaves() { return waves; }
    public List<CoachSummary> getRoster() { return roster; }
    public Long getWaveId() { return waveId; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public LocalDate getPreparationStart() { return preparationStart; }
    public void setPreparationStart(LocalDate v) { preparationStart = v; }
    public LocalDate getGoLive() { return goLive; }
    public void setGoLive(LocalDate v) { goLive = v; }
    public WaveStatus getStatus() { return status; }
    public void setStatus(WaveStatus v) { status = v; }
    public List<CoachRow> getCoachRows() { return coachRows; }
}
