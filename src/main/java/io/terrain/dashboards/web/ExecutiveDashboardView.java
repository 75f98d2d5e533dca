package io.terrain.dashboards.web;

import io.terrain.dashboards.api.Alert;
import io.terrain.dashboards.api.AlertKind;
import io.terrain.dashboards.api.DashboardFigures;
import io.terrain.dashboards.api.ExecutiveDashboard;
import io.terrain.dashboards.api.ExecutiveDashboard.KpiImpact;
import io.terrain.dashboards.api.ExecutiveDashboard.PartRow;
import io.terrain.dashboards.api.PlaceLevel;
import io.terrain.dashboards.api.Symmetry;
import io.terrain.dashboards.boundary.ExecutiveDashboardFacade;
import io.terrain.dashboards.boundary.SymmetryFacade;
import io.terrain.platform.i18n.Messages;
import io.terrain.waves.api.EngagementLevel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * dashboards/executive.xhtml: a rollout plan at one place of the network. The plan and place live in the address
 * (plan, unit, site), so drilling down is following links and "back" returns to the place and plan left.
 */
@Named
@ViewScoped
public class ExecutiveDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExecutiveDashboardFacade dashboards;

    @Inject
    SymmetryFacade symmetries;

    private Long plan;
    private Long unit;
    private Long site;
    /*
     * The figures are not kept in the view: the session (and so each view) is stored and read back on every request when
     * instances share sessions, and one network's figures weigh hundreds of kilobytes. The facade keeps them for
     * everybody; a view read back asks again.
     */
    private transient DashboardFigures figures;
    private transient ExecutiveDashboard dashboard;
    private transient Symmetry symmetry;

    public void load() {
        figures = dashboards.executiveFigures(plan, unit, site);
        dashboard = figures.dashboard();
        if (plan == null && dashboard.plan() != null) {
            plan = dashboard.plan().id();
        }
        // Not at a site: a correlation needs several sites.
        symmetry = site == null ? symmetries.symmetry(dashboard.place().id(), null, null, null, null) : null;
    }

    private ExecutiveDashboard dashboard() {
        if (figures == null) {
            load();
        }
        return dashboard;
    }

    private Symmetry symmetry() {
        dashboard();
        return symmetry;
    }

    /** Another plan, same place: a new address, so "back" returns to the plan left. */
    public void changePlan() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(link(plan, unit, site));
    }

    private static String link(Long plan, Long unit, Long site) {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/dashboards/executive.xhtml?plan=").append(plan == null ? "" : plan);
        if (unit != null) {
            url.append("&unit=").append(unit);
        }
        if (site != null) {
            url.append("&site=").append(site);
        }
        return url.toString();
    }

    /** Where an alert's link leads, from the application's root. */
    public String alertUrl(Alert alert) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/" + alert.link();
    }

    public String alertText(Alert alert) {
        String key = "dashboards.alert." + alert.kind() + (alert.kind() == AlertKind.COACH_OVER_CAPACITY && alert.figure() < 0 ? ".none" : "");
        return text(key, alert.subject(), alert.date() == null ? text("dashboards.never") : date(alert.date()),
                number(alert.figure(), alert.kind() == AlertKind.IMPACT_WORSENED || alert.kind() == AlertKind.SITE_KPI_WORSENED ? 2 : 0));
    }

    /** A message with one figure (h:outputFormat would eat the French apostrophes: MessageFormat quoting). */
    public String say(String key, Object figure) {
        return text(key, figure);
    }

    public String getVisitsText() {
        ExecutiveDashboard.Coaching c = dashboard().coaching();
        return text("dashboards.coaches.visits", c.visitsLogged(), c.visitsLogged() + c.visitsPlanned(), c.weeks());
    }

    public int alertCount(AlertKind kind) {
        return dashboard().alertCount().getOrDefault(kind, 0);
    }

    /** The kinds that raised alerts here, in their order. */
    public List<AlertKind> getAlertKinds() {
        return dashboard().alertCount().keySet().stream().sorted().toList();
    }

    public int getAlertsHidden() {
        return dashboard().alertCount().values().stream().mapToInt(Integer::intValue).sum() - dashboard().alerts().size();
    }

    /** Whether a primary KPI has a trend to draw yet (measured after some site adopted). */
    public boolean isAnyTrend() {
        return dashboard().impacts().stream().anyMatch(i -> !i.trend().isEmpty());
    }

    public boolean isSiteParts() {
        return !dashboard().parts().isEmpty() && dashboard().parts().get(0).place().level() == PlaceLevel.SITE;
    }

    public String partParameter(PartRow part) {
        return part.place().level() == PlaceLevel.SITE ? "site" : "unit";
    }

    public String percent(double rate) {
        return number(100 * rate, 0) + " %";
    }

    public long percentValue(double rate) {
        return Math.round(100 * rate);
    }

    public String number(double value, int decimals) {
        return String.format(locale(), "%." + decimals + "f", value);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    public String getComputedAt() {
        return dashboard().computedAt().format(DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale()));
    }

    public String kpiName(KpiImpact impact) {
        return "fr".equals(locale().getLanguage()) ? impact.nameFr() : impact.nameEn();
    }

    public String getCoverageChart() {
        return chart("coverage", () -> charts().coverage(dashboard().coverage()));
    }

    public String getCurveChart() {
        return chart("curve", () -> charts().adoptionCurve(dashboard()));
    }

    public String sparkline(KpiImpact impact) {
        return chart("sparkline|" + impact.kpiCode(), () -> charts().sparkline(impact));
    }

    public String getMatrixChart() {
        return chart("matrix", () -> charts().matrix(dashboard().matrix()));
    }

    public String getWaveMatrixChart() {
        return chart("waveMatrix", () -> charts().matrix(dashboard().matrixByWave()));
    }

    public String trendChart(KpiImpact impact) {
        return chart("trend|" + impact.kpiCode(), () -> charts().trend(impact));
    }

    public String getLoadChart() {
        return chart("load", () -> charts().coachLoad(dashboard()));
    }

    public String getRequestsChart() {
        return chart("requests", () -> charts().pullRequests(dashboard()));
    }

    /** A chart of these figures in the reader's language, written once for every reader of the same figures. */
    private String chart(String name, Supplier<String> write) {
        dashboard(); // a view read back from the session has no figures yet: read them first
        return figures.derived(locale().toLanguageTag() + "|" + name, write);
    }

    /** Units per engagement level, the levels in their order, units not noted last. */
    public List<Map.Entry<String, Long>> getUnitsByLevel() {
        List<Map.Entry<String, Long>> rows = new ArrayList<>();
        Map<String, Long> byLevel = dashboard().lineManagement().unitsByLevel();
        for (EngagementLevel level : EngagementLevel.values()) {
            if (byLevel.containsKey(level.name())) {
                rows.add(Map.entry(level.name(), byLevel.get(level.name())));
            }
        }
        if (byLevel.containsKey("NONE")) {
            rows.add(Map.entry("NONE", byLevel.get("NONE")));
        }
        return rows;
    }

    private DashboardCharts charts() {
        return new DashboardCharts(this::text);
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private String text(String key, Object... args) {
        return Messages.text(locale(), key, args);
    }

    public String getSymmetryChart() {
        return charts().symmetry(symmetry());
    }

    public String getCorrelationText() {
        return text("dashboards.symmetry.correlation", number(symmetry().correlation(), 2), number(symmetry().ciLow(), 2),
                number(symmetry().ciHigh(), 2), symmetry().sites());
    }

    public Symmetry getSymmetry() {
        return symmetry();
    }

    public ExecutiveDashboard getDashboard() {
        return dashboard();
    }

    public Long getPlan() {
        return plan;
    }

    public void setPlan(Long plan) {
        this.plan = plan;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public Long getSite() {
        return site;
    }

    public void setSite(Long site) {
        this.site = site;
    }
}
