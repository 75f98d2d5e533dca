package io.terrain.dashboards.web;

import io.terrain.platform.api.Jsons;
import io.terrain.indicators.api.StaggeredImpact;
import io.terrain.dashboards.api.ExecutiveDashboard;
import io.terrain.dashboards.api.ExecutiveDashboard.KpiImpact;
import io.terrain.dashboards.api.ExecutiveDashboard.MatrixPoint;
import io.terrain.dashboards.api.Symmetry;
import io.terrain.waves.api.CoachWeek;
import io.terrain.waves.api.RolloutOverview.AdoptionPoint;
import io.terrain.waves.api.RolloutOverview.StatusCounts;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;

/**
 * The executive dashboard's charts as Chart.js configurations (written into the page by the script-safe chart
 * renderer). Labels come translated through {@code text}; no user-typed text but region names, which the renderer
 * escapes.
 */
final class DashboardCharts {

    private static final String BLUE = "#0b5394";
    private static final String GREEN = "#2e7d32";
    private static final String AMBER = "#f9a825";
    private static final String RED = "#c62828";
    private static final String GREY = "#9aa5b1";

    private final Function<String, String> text;

    DashboardCharts(Function<String, String> text) {
        this.text = text;
    }

    /** Sites by status, as a doughnut. */
    String coverage(StatusCounts c) {
        JsonArrayBuilder labels = Jsons.createArrayBuilder().add(text.apply("dashboards.status.notPlanned"))
                .add(text.apply("dashboards.status.planned")).add(text.apply("dashboards.status.inProgress"))
                .add(text.apply("dashboards.status.adopted")).add(text.apply("dashboards.status.blocked"));
        JsonArrayBuilder data = Jsons.createArrayBuilder().add(c.notPlanned()).add(c.planned()).add(c.inProgress()).add(c.adopted())
                .add(c.blocked());
        JsonArrayBuilder colors = Jsons.createArrayBuilder().add("#cbd2d9").add(GREY).add(AMBER).add(GREEN).add(RED);
        return chart("doughnut", Jsons.createObjectBuilder().add("labels", labels).add("datasets", Jsons.createArrayBuilder()
                .add(Jsons.createObjectBuilder().add("data", data).add("backgroundColor", colors))), true, null);
    }

    /** Planned (sites whose wave has gone live) against adopted, month by month. */
    String adoptionCurve(ExecutiveDashboard d) {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        JsonArrayBuilder planned = Jsons.createArrayBuilder();
        JsonArrayBuilder adopted = Jsons.createArrayBuilder();
        for (AdoptionPoint p : d.curve()) {
            labels.add(p.monthEnd().toString().substring(0, 7));
            planned.add(p.planned());
            if (p.adopted() == null) {
                adopted.addNull();
            } else {
                adopted.add(p.adopted());
            }
        }
        return chart("line", Jsons.createObjectBuilder().add("labels", labels).add("datasets", Jsons.createArrayBuilder()
                .add(line(text.apply("dashboards.curve.planned"), planned, GREY).add("borderDash", Jsons.createArrayBuilder().add(6).add(4)))
                .add(line(text.apply("dashboards.curve.adopted"), adopted, GREEN))), true, text.apply("dashboards.curve.title"),
                // Counts of sites read wrong from another origin than zero.
                Jsons.createObjectBuilder().add("y", Jsons.createObjectBuilder().add("beginAtZero", true)));
    }

    /** A KPI's event study as a small line without axes: the effect per period since adoption. */
    String sparkline(KpiImpact impact) {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        JsonArrayBuilder effect = Jsons.createArrayBuilder();
        JsonArrayBuilder zero = Jsons.createArrayBuilder();
        impact.eventStudy().forEach(e -> {
            labels.add(String.valueOf(e.eventTime()));
            effect.add(e.att());
            zero.add(0);
        });
        JsonObjectBuilder data = Jsons.createObjectBuilder().add("labels", labels).add("datasets", Jsons.createArrayBuilder()
                .add(line(text.apply("waves.impact.effect"), effect, BLUE).add("pointRadius", 0))
                .add(line("0", zero, GREY).add("pointRadius", 0).add("borderWidth", 1)));
        return Jsons.createObjectBuilder().add("type", "line").add("data", data).add("options", Jsons.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                .add("scales", Jsons.createObjectBuilder().add("x", Jsons.createObjectBuilder().add("display", false))
                        .add("y", Jsons.createObjectBuilder().add("display", false)))
                .add("plugins", Jsons.createObjectBuilder().add("legend", Jsons.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    /** The KPI's mean at sites already adopted against sites not yet adopted, period by period. */
    String trend(KpiImpact impact) {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        JsonArrayBuilder adopted = Jsons.createArrayBuilder();
        JsonArrayBuilder notYet = Jsons.createArrayBuilder();
        for (StaggeredImpact.TrendPoint p : impact.trend()) {
            labels.add(p.period().toString());
            addOrNull(adopted, p.adoptedMean());
            addOrNull(notYet, p.notYetMean());
        }
        return chart("line", Jsons.createObjectBuilder().add("labels", labels).add("datasets", Jsons.createArrayBuilder()
                .add(line(text.apply("dashboards.trend.adopted"), adopted, GREEN).add("pointRadius", 0))
                .add(line(text.apply("dashboards.trend.notYet"), notYet, GREY).add("pointRadius", 0))), true, null);
    }

    private static void addOrNull(JsonArrayBuilder values, Double value) {
        if (value == null) {
            values.addNull();
        } else {
            values.add(value);
        }
    }

    /** Regions (or waves) by adoption rate (x, %) against effect (y), coloured by quadrant. */
    String matrix(List<MatrixPoint> matrix) {
        JsonArrayBuilder datasets = Jsons.createArrayBuilder();
        for (ExecutiveDashboard.Quadrant q : ExecutiveDashboard.Quadrant.values()) {
            JsonArrayBuilder points = Jsons.createArrayBuilder();
            for (MatrixPoint p : matrix) {
                if (p.quadrant() == q && p.effect() != null) {
                    points.add(Jsons.createObjectBuilder().add("x", Math.round(1000 * p.adoptionRate()) / 10.0).add("y", p.effect().att())
                            .add("label", p.group()));
                }
            }
            datasets.add(Jsons.createObjectBuilder().add("label", text.apply("dashboards.quadrant." + q)).add("data", points)
                    .add("backgroundColor", color(q)).add("pointRadius", 6));
        }
        JsonObjectBuilder scales = Jsons.createObjectBuilder()
                .add("x", Jsons.createObjectBuilder().add("min", 0).add("max", 100).add("title",
                        Jsons.createObjectBuilder().add("display", true).add("text", text.apply("dashboards.matrix.adoption"))))
                .add("y", Jsons.createObjectBuilder().add("title",
                        Jsons.createObjectBuilder().add("display", true).add("text", text.apply("dashboards.matrix.effect"))));
        return Jsons.createObjectBuilder().add("type", "scatter").add("data", Jsons.createObjectBuilder().add("datasets", datasets))
                .add("options", Jsons.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                        .add("scales", scales)).build().toString();
    }

    /** Sites by employee engagement (x) against customer satisfaction (y). */
    String symmetry(Symmetry symmetry) {
        JsonArrayBuilder points = Jsons.createArrayBuilder();
        symmetry.points().forEach(p -> points.add(Jsons.createObjectBuilder().add("x", p.employee()).add("y", p.customer())));
        JsonObjectBuilder scales = Jsons.createObjectBuilder()
                .add("x", Jsons.createObjectBuilder().add("title", Jsons.createObjectBuilder().add("display", true)
                        .add("text", text.apply("dashboards.symmetry.employee"))))
                .add("y", Jsons.createObjectBuilder().add("title", Jsons.createObjectBuilder().add("display", true)
                        .add("text", text.apply("dashboards.symmetry.customer"))));
        return chart("scatter", Jsons.createObjectBuilder().add("datasets", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder()
                .add("label", text.apply("dashboards.sites")).add("data", points).add("backgroundColor", BLUE).add("pointRadius", 3))),
                false, null, scales);
    }

    /** Coach days needed against given, week by week. */
    String coachLoad(ExecutiveDashboard d) {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        JsonArrayBuilder needed = Jsons.createArrayBuilder();
        JsonArrayBuilder given = Jsons.createArrayBuilder();
        for (CoachWeek w : d.coaching().load()) {
            labels.add(w.start().toString());
            needed.add(w.needed());
            given.add(w.given());
        }
        return chart("bar", Jsons.createObjectBuilder().add("labels", labels).add("datasets", Jsons.createArrayBuilder()
                .add(Jsons.createObjectBuilder().add("label", text.apply("dashboards.coaches.needed")).add("data", needed).add("backgroundColor", AMBER))
                .add(Jsons.createObjectBuilder().add("label", text.apply("dashboards.coaches.given")).add("data", given).add("backgroundColor", BLUE))),
                true, null);
    }

    /** Pull requests asked per month. */
    String pullRequests(ExecutiveDashboard d) {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        JsonArrayBuilder counts = Jsons.createArrayBuilder();
        d.lineManagement().pullRequestsByMonth().forEach(m -> {
            labels.add(m.month());
            counts.add(m.count());
        });
        return chart("bar", Jsons.createObjectBuilder().add("labels", labels).add("datasets", Jsons.createArrayBuilder()
                .add(Jsons.createObjectBuilder().add("label", text.apply("dashboards.lines.requests")).add("data", counts)
                        .add("backgroundColor", BLUE))), false, null);
    }

    private static String color(ExecutiveDashboard.Quadrant q) {
        return switch (q) {
            case ADOPTED_WORKING -> GREEN;
            case ADOPTED_NO_EFFECT -> AMBER;
            case LAGGING_WORKING -> BLUE;
            case LAGGING -> RED;
        };
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String color) {
        return Jsons.createObjectBuilder().add("label", label).add("data", data).add("borderColor", color).add("backgroundColor", color)
                .add("fill", false).add("spanGaps", false);
    }

    private static String chart(String type, JsonObjectBuilder data, boolean legend, String title) {
        return chart(type, data, legend, title, null);
    }

    private static String chart(String type, JsonObjectBuilder data, boolean legend, String title, JsonObjectBuilder scales) {
        JsonObjectBuilder plugins = Jsons.createObjectBuilder().add("legend", Jsons.createObjectBuilder().add("display", legend)
                .add("position", "bottom"));
        if (title != null) {
            plugins.add("title", Jsons.createObjectBuilder().add("display", true).add("text", title));
        }
        JsonObjectBuilder options = Jsons.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false).add("plugins", plugins);
        if (scales != null) {
            options.add("scales", scales);
        }
        return Jsons.createObjectBuilder().add("type", type).add("data", data).add("options", options).build().toString();
    }
}
