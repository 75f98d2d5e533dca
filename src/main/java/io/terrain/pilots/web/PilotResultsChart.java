package io.terrain.pilots.web;

import io.terrain.pilots.api.PilotSummary;
import io.terrain.platform.api.Jsons;
import io.terrain.platform.i18n.Messages;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The pilot page's results chart (Chart.js), from each site's weekly values: the pilot and control groups' means. */
final class PilotResultsChart {

    private final PilotSummary pilot;
    private final Locale locale;

    PilotResultsChart(PilotSummary pilot, Locale locale) {
        this.pilot = pilot;
        this.locale = locale;
    }

    /**
     * Chart.js: mean of the pilot sites and of the control sites per week, from baseline to pilot
     * end, over two shaded bands that mark the baseline and the pilot windows.
     */
    String write(Map<LocalDate, Map<Long, Double>> weeks) {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        JsonArrayBuilder pilotData = Jsons.createArrayBuilder();
        JsonArrayBuilder controlData = Jsons.createArrayBuilder();
        JsonArrayBuilder baselineBand = Jsons.createArrayBuilder();
        JsonArrayBuilder pilotBand = Jsons.createArrayBuilder();
        LocalDate day = pilot.baselineFrom();
        while (!day.isAfter(pilot.pilotTo())) {
            LocalDate end = day.plusDays(6);
            labels.add(day.toString());
            Map<Long, Double> week = weeks.getOrDefault(day, Map.of());
            pilotData.add(mean(only(week, pilot.pilotSiteIds())));
            controlData.add(mean(only(week, pilot.controlSiteIds())));
            baselineBand.add(day.isAfter(pilot.baselineTo()) ? JsonValue.NULL : Jsons.createValue(1));
            pilotBand.add(end.isBefore(pilot.pilotFrom()) ? JsonValue.NULL : Jsons.createValue(1));
            day = end.plusDays(1);
        }
        return Jsons.createObjectBuilder().add("type", "line")
                .add("data", Jsons.createObjectBuilder().add("labels", labels).add("datasets", Jsons.createArrayBuilder()
                        .add(line(Messages.text(locale, "pilot.pilotSites"), pilotData, "#0b5394"))
                        .add(line(Messages.text(locale, "pilot.controlSites"), controlData, "#e69138"))
                        .add(band(Messages.text(locale, "pilot.chart.baseline"), baselineBand, "rgba(120,120,120,0.12)"))
                        .add(band(Messages.text(locale, "pilot.chart.pilot"), pilotBand, "rgba(11,83,148,0.12)"))))
                .add("options", Jsons.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        // Lines on "y", named first and explicitly: Chart.js gives a dataset without an axis the first y scale.
                        .add("scales", Jsons.createObjectBuilder().add("y", Jsons.createObjectBuilder().add("position", "left"))
                                .add("band", Jsons.createObjectBuilder()
                                .add("axis", "y").add("position", "right").add("display", false).add("min", 0).add("max", 1)))
                        .add("plugins", Jsons.createObjectBuilder().add("title", Jsons.createObjectBuilder().add("display", true)
                                .add("text", Messages.text(locale, "pilot.chartTitle", pilot.pilotFrom())))))
                .build().toString();
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String color) {
        return Jsons.createObjectBuilder().add("label", label).add("data", data).add("yAxisID", "y").add("borderColor", color)
                .add("backgroundColor", color).add("spanGaps", true).add("order", 1);
    }

    /** A full-height bar under each week of a window, on a hidden 0-1 axis: the window shows as a shaded band. */
    private static JsonObjectBuilder band(String label, JsonArrayBuilder data, String color) {
        return Jsons.createObjectBuilder().add("type", "bar").add("label", label).add("data", data).add("yAxisID", "band")
                .add("backgroundColor", color).add("barPercentage", 1.0).add("categoryPercentage", 1.0).add("grouped", false)
                .add("order", 2);
    }

    private static Map<Long, Double> only(Map<Long, Double> values, List<Long> sites) {
        Map<Long, Double> kept = new HashMap<>(values);
        kept.keySet().retainAll(sites);
        return kept;
    }

    private static JsonValue mean(Map<Long, Double> values) {
        return values.isEmpty() ? JsonValue.NULL
                : Jsons.createValue(Math.round(values.values().stream().mapToDouble(Double::doubleValue).average().orElse(0) * 100) / 100.0);
    }
}
