package io.terrain.diagnostics.web;

import io.terrain.platform.api.Jsons;
import io.terrain.diagnostics.api.DiagnosticReport;
import io.terrain.diagnostics.boundary.DiagnosticsFacade;
import io.terrain.platform.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The campaign page's report tab: the diagnostic report's charts, and its PDF and Excel files. */
@Named
@ViewScoped
public class CampaignReportView extends CampaignTab {

    private static final long serialVersionUID = 1L;

    @Inject
    DiagnosticsFacade diagnostics;

    private DiagnosticReport report;

    @Override
    protected void read() {
        report = diagnostics.report(campaignId());
    }

    public DiagnosticReport getReport() {
        current();
        return report;
    }

    public String getCauseChart() {
        Locale locale = CampaignView.locale();
        Map<String, Integer> counts = new LinkedHashMap<>();
        getReport().frictionsByCause().forEach((k, v) -> counts.put(Messages.text(locale, "cause." + k), v));
        return barChart(Messages.text(locale, "report.byCause"), counts, "#0b5394");
    }

    public String getStepChart() {
        return barChart(Messages.text(CampaignView.locale(), "report.byStep"), getReport().frictionsByStep(), "#e69138");
    }

    public String getDeterminantChart() {
        Locale locale = CampaignView.locale();
        Map<String, Integer> counts = new LinkedHashMap<>();
        getReport().determinantsByKind().forEach((k, v) -> counts.put(Messages.text(locale, "determinant." + k), v));
        return barChart(Messages.text(locale, "report.byDeterminant"), counts, "#6aa84f");
    }

    public String getScoreChart() {
        return barChart(Messages.text(CampaignView.locale(), "report.scores"), getReport().verbatimScores(), "#999999");
    }

    private static String barChart(String label, Map<String, Integer> counts, String colour) {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        JsonArrayBuilder data = Jsons.createArrayBuilder();
        counts.forEach((k, v) -> {
            // "Journey › step" on two lines: one line of both is cut short at the axis.
            if (k.contains(" › ")) {
                JsonArrayBuilder lines = Jsons.createArrayBuilder();
                for (String line : k.split(" › ", 2)) {
                    lines.add(line);
                }
                labels.add(lines);
            } else {
                labels.add(k);
            }
            data.add(v);
        });
        return Jsons.createObjectBuilder().add("type", "bar")
                .add("data", Jsons.createObjectBuilder().add("labels", labels).add("datasets", Jsons.createArrayBuilder()
                        .add(Jsons.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour))))
                .add("options", Jsons.createObjectBuilder().add("indexAxis", "y").add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false).add("plugins", Jsons.createObjectBuilder()
                                .add("legend", Jsons.createObjectBuilder().add("display", false))
                                .add("title", Jsons.createObjectBuilder().add("display", true).add("text", label)))
                        .add("scales", Jsons.createObjectBuilder().add("x", Jsons.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Jsons.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    public String getPdfUrl() {
        return file("report.pdf");
    }

    public String getExcelUrl() {
        return file("report.xlsx");
    }

    private String file(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/diagnostics/campaigns/"
                + campaignId() + "/" + name;
    }
}
