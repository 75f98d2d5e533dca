package io.terrain.waves.web;

import io.terrain.platform.api.Jsons;
import io.terrain.indicators.api.Comparison;
import io.terrain.indicators.api.Indicators;
import io.terrain.indicators.api.StaggeredImpact;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.i18n.Messages;
import io.terrain.platform.web.FacesMessages;
import io.terrain.waves.api.PlanDraft;
import io.terrain.waves.api.PlanSummary;
import io.terrain.waves.boundary.ImpactsFacade;
import io.terrain.waves.boundary.PlansFacade;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The impact tab of waves/plan.xhtml: for one of the plan's KPIs and a comparison group, the overall
 * effect with its interval and verdict, the event study (effect by periods since adoption with its
 * 95 % band, pre-adoption placebo periods included), the effect by cohort and the pre-trend test.
 */
@Named
@ViewScoped
public class PlanImpactView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImpactsFacade impacts;

    @Inject
    PlansFacade plans;

    @Inject
    PlanView planView;

    @Inject
    Indicators indicators;

    private long planId;
    private List<PlanDraft.PlanKpi> planKpis = List.of();
    private String kpi;
    private Comparison comparison = Comparison.NOT_YET_ADOPTED;
    private StaggeredImpact impact;
    private boolean loaded;
    /** KPI names by code, read once for the view. */
    private java.util.Map<String, io.terrain.indicators.api.KpiSummary> kpis = java.util.Map.of();

    @PostConstruct
    void init() {
        // The tab loads by ajax, without the page's ?id=: the plan is the one the page's view opened.
        if (planView.getId() == null) {
            return;
        }
        planId = planView.getId();
        PlanSummary plan = plans.plan(planId);
        planKpis = plan.kpis();
        kpis = indicators.kpis().stream().collect(java.util.stream.Collectors.toMap(io.terrain.indicators.api.KpiSummary::code, k -> k));
        kpi = planKpis.stream().filter(PlanDraft.PlanKpi::primary).map(PlanDraft.PlanKpi::kpiCode).findFirst().orElse(null);
    }

    /** Computed on first opening of the tab (seconds at 20,000 sites when nothing is stored yet), then on each change. */
    public void load() {
        loaded = true;
        impact = null;
        if (kpi == null) {
            return;
        }
        try {
            impact = impacts.impact(planId, kpi, comparison).orElse(null);
        } catch (InvalidInput e) {
            FacesMessages.problems("tabs:impactForm", e.problems());
        }
    }

    public String kpiLabel(String code) {
        io.terrain.indicators.api.KpiSummary kpi = kpis.get(code);
        return kpi == null ? code : kpi.name(locale());
    }

    public String number(double value) {
        return String.format(locale(), "%.3f", value);
    }

    /** A group as people name it: kinds translated, segments and regions as they are. */
    public String groupLabel(StaggeredImpact.GroupEffect group) {
        return ImpactsFacade.GROUP_KIND.equals(group.dimension()) ? Messages.text(locale(), "kind." + group.group()) : group.group();
    }

    /** The event study as a Chart.js line: the effect per period since adoption, its 95 % interval as a band. */
    public String getEventStudyChart() {
        if (impact == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        JsonArrayBuilder effect = Jsons.createArrayBuilder();
        JsonArrayBuilder low = Jsons.createArrayBuilder();
        JsonArrayBuilder high = Jsons.createArrayBuilder();
        JsonArrayBuilder zero = Jsons.createArrayBuilder();
        for (StaggeredImpact.EventTimeEffect e : impact.byEventTime()) {
            labels.add(String.valueOf(e.eventTime()));
            effect.add(e.att());
            low.add(e.ciLow());
            high.add(e.ciHigh());
            zero.add(0);
        }
        return Jsons.createObjectBuilder().add("type", "line")
                .add("data", Jsons.createObjectBuilder().add("labels", labels).add("datasets", Jsons.createArrayBuilder()
                        .add(line(text("waves.impact.effect"), effect, "#0b5394", false).add("pointRadius", 3))
                        .add(line(text("waves.impact.ciLow"), low, "rgba(11,83,148,0.25)", false).add("pointRadius", 0))
                        .add(line(text("waves.impact.ciHigh"), high, "rgba(11,83,148,0.25)", true).add("pointRadius", 0))
                        .add(line("0", zero, "#999999", false).add("pointRadius", 0).add("borderDash", Jsons.createArrayBuilder().add(4).add(4)))))
                .add("options", Jsons.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", Jsons.createObjectBuilder().add("x", Jsons.createObjectBuilder().add("title",
                                Jsons.createObjectBuilder().add("display", true).add("text", text("waves.impact.eventTimeAxis")))))
                        .add("plugins", Jsons.createObjectBuilder()
                                .add("legend", Jsons.createObjectBuilder().add("display", false))
                                .add("title", Jsons.createObjectBuilder().add("display", true).add("text", text("waves.impact.eventStudy")))))
                .build().toString();
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String color, boolean fillToPrevious) {
        JsonObjectBuilder line = Jsons.createObjectBuilder().add("label", label).add("data", data).add("borderColor", color)
                .add("backgroundColor", color).add("spanGaps", true);
        return fillToPrevious ? line.add("fill", "-1").add("backgroundColor", "rgba(11,83,148,0.15)") : line.add("fill", false);
    }

    public Comparison[] getComparisons() {
        return Comparison.values();
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private String text(String key, Object... args) {
        return Messages.text(locale(), key, args);
    }

    public List<PlanDraft.PlanKpi> getPlanKpis() { return planKpis; }
    public String getKpi() { return kpi; }
    public void setKpi(String v) { kpi = v; }
    public Comparison getComparison() { return comparison; }
    public void setComparison(Comparison v) { comparison = v; }
    public StaggeredImpact getImpact() { return impact; }
    public boolean isLoaded() { return loaded; }
}
