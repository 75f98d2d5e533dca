package io.terrain.indicators.web;

import io.terrain.platform.api.Jsons;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.indicators.api.SeriesPoint;
import io.terrain.indicators.boundary.IndicatorsFacade;
import io.terrain.network.api.Network;
import io.terrain.network.api.OrgUnitSummary;
import io.terrain.network.api.SiteDetails;
import io.terrain.platform.api.NotFound;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import io.terrain.platform.i18n.Messages;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * indicators/chart.xhtml: one KPI over time for a site, an org unit or a segment, beside the units
 * above it (a site against its sector and the network, a sector against its region...). Every
 * series comes from the roll-ups, never from raw measurements (a site's own series excepted).
 */
@Named
@ViewScoped
public class KpiChartView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#0b5394", "#e69138", "#6aa84f", "#999999"};
    private static final String TARGET_COLOUR = "#cc0000";

    @Inject
    IndicatorsFacade indicators;

    @Inject
    Network network;

    private String kpi = "WAIT_TIME";
    private String scope = "NETWORK";
    private String key = "ALL";
    private LocalDate from = LocalDate.now().minusWeeks(52);
    private LocalDate to = LocalDate.now();

    private List<KpiSummary> kpis = List.of();
    private List<OrgUnitSummary> units = List.of();
    /** Label of each series, in order: the subject first, then what it is compared with. */
    private final Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
    private List<Row> rows = List.of();

    /** One period of the table: the subject's value and the comparisons', in series order. */
    public record Row(LocalDate period, List<Double> values, int sites) implements Serializable {
    }

    /** The KPI tab of a site's page: the site against its sector, region and network. */
    public void showSite(Long siteId) {
        if (siteId == null) {
            return; // a site being created has no KPIs yet
        }
        scope = "SITE";
        key = String.valueOf(siteId);
        load();
    }

    public void load() {
        kpis = indicators.kpis();
        units = network.orgUnits();
        refresh();
    }

    public void refresh() {
        series.clear();
        switch (scope) {
            case "SITE" -> {
                SiteDetails site = network.site(Long.parseLong(key)).orElseThrow(() -> new NotFound("Site", key));
                series.put(site.name(), indicators.siteSeries(kpi, site.id(), from, to));
                addUnitAndAncestors(site.orgUnitId());
            }
            case "REGION", "SECTOR" -> addUnitAndAncestors(Long.parseLong(key));
            case "SEGMENT" -> {
                series.put(key, indicators.series(kpi, "SEGMENT", key, from, to));
                series.put(networkName(), indicators.series(kpi, "NETWORK", "ALL", from, to));
            }
            default -> series.put(networkName(), indicators.series(kpi, "NETWORK", "ALL", from, to));
        }
        rows = tabulate();
    }

    private void addUnitAndAncestors(long unitId) {
        for (Optional<OrgUnitSummary> unit = unit(unitId); unit.isPresent(); unit = unit.get().parentId() == null
                ? Optional.empty() : unit(unit.get().parentId())) {
            OrgUnitSummary u = unit.get();
            String unitScope = switch (u.level()) {
                case NETWORK -> "NETWORK";
                case REGION -> "REGION";
                case SECTOR -> "SECTOR";
            };
            series.put(u.name(), indicators.series(kpi, unitScope, unitScope.equals("NETWORK") ? "ALL" : String.valueOf(u.id()), from, to));
        }
    }

    private Optional<OrgUnitSummary> unit(long id) {
        return units.stream().filter(u -> u.id() == id).findFirst();
    }

    private String networkName() {
        return units.stream().filter(u -> u.parentId() == null).map(OrgUnitSummary::name).findFirst().orElse("Network");
    }

    private List<Row> tabulate() {
        TreeSet<LocalDate> periods = new TreeSet<>();
        series.values().forEach(points -> points.forEach(p -> periods.add(p.periodStart())));
        List<Row> table = new ArrayList<>();
        for (LocalDate period : periods.descendingSet()) {
            List<Double> values = new ArrayList<>();
            int sites = 0;
            boolean first = true;
            for (List<SeriesPoint> points : series.values()) {
                SeriesPoint point = points.stream().filter(p -> p.periodStart().equals(period)).findFirst().orElse(null);
                values.add(point == null ? null : point.value());
                if (first && point != null) {
                    sites = point.sites();
                }
                first = false;
            }
            table.add(new Row(period, values, sites));
        }
        return table;
    }

    /** Chart.js configuration for p:chart: one line per series, periods on the x axis. */
    public String getChartJson() {
        TreeSet<LocalDate> periods = new TreeSet<>();
        series.values().forEach(points -> points.forEach(p -> periods.add(p.periodStart())));
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        periods.forEach(p -> labels.add(p.toString()));
        JsonArrayBuilder datasets = Jsons.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, List<SeriesPoint>> entry : series.entrySet()) {
            JsonArrayBuilder data = Jsons.createArrayBuilder();
            for (LocalDate period : periods) {
                Double value = entry.getValue().stream().filter(p -> p.periodStart().equals(period)).findFirst()
                        .map(SeriesPoint::value).orElse(null);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(Math.round(value * 100) / 100.0);
                }
            }
            String colour = COLOURS[i % COLOURS.length];
            JsonObjectBuilder dataset = Jsons.createObjectBuilder().add("label", entry.getKey()).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", colour).add("spanGaps", true)
                    .add("borderWidth", i == 0 ? 3 : 1.5).add("pointRadius", i == 0 ? 2 : 0).add("tension", 0.2);
            datasets.add(dataset);
            i++;
        }
        Double target = currentKpi().map(KpiSummary::target).orElse(null);
        if (target != null && !periods.isEmpty()) {
            JsonArrayBuilder data = Jsons.createArrayBuilder();
            periods.forEach(p -> data.add(target));
            datasets.add(Jsons.createObjectBuilder().add("label", Messages.text(locale(), "kpi.target") + " (" + format(target) + ")")
                    .add("data", data).add("borderColor", TARGET_COLOUR).add("backgroundColor", TARGET_COLOUR)
                    .add("borderDash", Jsons.createArrayBuilder().add(6).add(4)).add("borderWidth", 1.5).add("pointRadius", 0));
        }
        return Jsons.createObjectBuilder().add("type", "line")
                .add("data", Jsons.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Jsons.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Jsons.createObjectBuilder().add("legend", Jsons.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    /** The scope picker's value, SCOPE:KEY (NETWORK:ALL, REGION:12...). */
    public String getPlace() {
        return scope + ":" + key;
    }

    public void setPlace(String place) {
        if (place != null && place.contains(":")) {
            scope = place.substring(0, place.indexOf(':'));
            key = place.substring(place.indexOf(':') + 1);
        }
    }

    /** Places to pick from: the network, then each region followed by its sectors. */
    public List<Map.Entry<String, String>> getPlaces() {
        List<Map.Entry<String, String>> places = new ArrayList<>();
        if ("SITE".equals(scope) || "SEGMENT".equals(scope)) {
            places.add(Map.entry(getPlace(), series.keySet().stream().findFirst().orElse(key)));
        }
        for (OrgUnitSummary unit : units) {
            if (unit.parentId() == null) {
                places.add(Map.entry("NETWORK:ALL", unit.name()));
            }
        }
        for (OrgUnitSummary region : units) {
            if (region.level() == io.terrain.network.api.OrgLevel.REGION) {
                places.add(Map.entry("REGION:" + region.id(), region.name()));
                for (OrgUnitSummary sector : units) {
                    if (region.id() == (sector.parentId() == null ? -1 : sector.parentId())) {
                        places.add(Map.entry("SECTOR:" + sector.id(), "\u00a0\u00a0\u00a0" + sector.name()));
                    }
                }
            }
        }
        return places;
    }

    public boolean isNoData() {
        return series.values().stream().allMatch(List::isEmpty);
    }

    public String getKpiName() {
        return currentKpi().map(k -> k.name(locale()) + " (" + k.unit() + ")").orElse(kpi);
    }

    /** The KPI's target as the page shows it, or null when the catalogue sets none. */
    public String getTarget() {
        return currentKpi().map(KpiSummary::target).map(KpiChartView::format).orElse(null);
    }

    private Optional<KpiSummary> currentKpi() {
        return kpis.stream().filter(k -> k.code().equals(kpi)).findFirst();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String format(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public List<String> getSeriesNames() {
        return new ArrayList<>(series.keySet());
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<KpiSummary> getKpis() {
        return kpis;
    }

    public String getKpi() {
        return kpi;
    }

    public void setKpi(String kpi) {
        this.kpi = kpi;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope == null ? "NETWORK" : scope;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
