package io.terrain.diagnostics.control;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import io.terrain.diagnostics.api.DiagnosticReport;
import io.terrain.diagnostics.api.FrictionSummary;
import io.terrain.diagnostics.api.StakeSummary;
import io.terrain.platform.csv.SpreadsheetSafe;
import io.terrain.platform.export.PdfBlocks;
import io.terrain.platform.export.SheetBlocks;
import io.terrain.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The diagnostic report as a file: PDF to circulate (OpenPDF) and Excel to work on (fastexcel).
 * Both hold the same sections as the screen: campaign and aspiration, sample coverage, counts by
 * cause, step, determinant and verbatim score, the friction Pareto and the stakes.
 */
@ApplicationScoped
public class ReportExport {

    public void pdf(DiagnosticReport report, Locale locale, OutputStream out) throws IOException {
        PdfBlocks.write(out, document -> {
            var c = report.campaign();
            document.add(new Paragraph(t(locale, "report.title") + " — " + c.name(), PdfBlocks.TITLE));
            document.add(new Paragraph(c.startsOn() + " – " + c.endsOn() + " · " + t(locale, "campaign.status." + c.status()), PdfBlocks.BODY));
            if (c.objective() != null) {
                document.add(new Paragraph(c.objective(), PdfBlocks.BODY));
            }
            document.add(new Paragraph(t(locale, "report.counts", report.observations(), report.verbatims(), report.frictions().size()), PdfBlocks.BODY));

            PdfBlocks.section(document, t(locale, "campaign.aspiration"));
            document.add(new Paragraph(c.aspiration() == null ? t(locale, "aspiration.none")
                    : "« " + c.aspiration() + " » — " + c.aspirationAgreedBy() + ", " + c.aspirationAgreedOn(), PdfBlocks.BODY));

            if (report.coverage() != null) {
                PdfBlocks.section(document, t(locale, "campaign.sample"));
                document.add(new Paragraph(t(locale, "coverage.summary", report.coverage().sampleSites(), report.coverage().networkSites(),
                        report.coverage().missingStrata(), Math.round(report.coverage().distance() * 100)), PdfBlocks.BODY));
            }

            PdfBlocks.section(document, t(locale, "report.byCause"));
            PdfBlocks.bars(document, report.frictionsByCause().entrySet().stream()
                    .map(e -> Map.entry(t(locale, "cause." + e.getKey()), e.getValue())).toList());
            PdfBlocks.section(document, t(locale, "report.byStep"));
            PdfBlocks.bars(document, List.copyOf(report.frictionsByStep().entrySet()));
            PdfBlocks.section(document, t(locale, "report.byDeterminant"));
            PdfBlocks.bars(document, report.determinantsByKind().entrySet().stream()
                    .map(e -> Map.entry(t(locale, "determinant." + e.getKey()), e.getValue())).toList());
            PdfBlocks.section(document, t(locale, "report.scores"));
            PdfBlocks.bars(document, List.copyOf(report.verbatimScores().entrySet()));

            PdfBlocks.section(document, t(locale, "report.pareto"));
            PdfPTable frictions = PdfBlocks.table(new float[] {4, 3, 2, 1, 2, 2}, t(locale, "friction.title"), t(locale, "friction.step"),
                    t(locale, "friction.cause"), t(locale, "friction.severity"), t(locale, "friction.frequency"), t(locale, "friction.score"));
            for (FrictionSummary f : report.frictions()) {
                PdfBlocks.row(frictions, f.title(), f.journeyName() + " › " + f.stepName(), t(locale, "cause." + f.cause()),
                        String.valueOf(f.severity()), percent(f.frequency().observationShare()) + " · " + percent(f.frequency().siteShare()),
                        String.format(locale, "%.2f", f.score()));
            }
            document.add(frictions);

            PdfBlocks.section(document, t(locale, "campaign.stakes"));
            PdfPTable stakes = PdfBlocks.table(new float[] {1, 5, 3, 2}, "#", t(locale, "stake.title"), t(locale, "stake.kpis"),
                    t(locale, "friction.score"));
            for (StakeSummary s : report.stakes()) {
                PdfBlocks.row(stakes, String.valueOf(s.priority()), s.title(), String.join(", ", s.kpiCodes()),
                        String.format(locale, "%.2f", s.score()));
            }
            document.add(stakes);
        });
    }

    public void excel(DiagnosticReport report, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Terrain", "1.0");
        var c = report.campaign();
        Worksheet summary = workbook.newWorksheet(t(locale, "report.sheet.summary"));
        int r = 0;
        r = SheetBlocks.pair(summary, r, t(locale, "campaign.name"), c.name());
        r = SheetBlocks.pair(summary, r, t(locale, "campaign.period"), c.startsOn() + " → " + c.endsOn());
        r = SheetBlocks.pair(summary, r, t(locale, "campaign.aspiration"), c.aspiration());
        r = SheetBlocks.pair(summary, r, t(locale, "aspiration.agreedBy"), c.aspirationAgreedBy());
        summary.value(r++, 0, "");
        r = counts(summary, r, t(locale, "report.byCause"), report.frictionsByCause().entrySet().stream()
                .map(e -> Map.entry(t(locale, "cause." + e.getKey()), e.getValue())).toList());
        r = counts(summary, r, t(locale, "report.byStep"), List.copyOf(report.frictionsByStep().entrySet()));
        r = counts(summary, r, t(locale, "report.byDeterminant"), report.determinantsByKind().entrySet().stream()
                .map(e -> Map.entry(t(locale, "determinant." + e.getKey()), e.getValue())).toList());
        counts(summary, r, t(locale, "report.scores"), List.copyOf(report.verbatimScores().entrySet()));

        Worksheet frictions = workbook.newWorksheet(t(locale, "report.pareto"));
        SheetBlocks.header(frictions, t(locale, "friction.title"), t(locale, "friction.journey"), t(locale, "friction.step"),
                t(locale, "friction.cause"), t(locale, "friction.severity"), t(locale, "friction.observationShare"),
                t(locale, "friction.siteShare"), t(locale, "friction.score"), t(locale, "stake.kpis"));
        int row = 1;
        for (FrictionSummary f : report.frictions()) {
            frictions.value(row, 0, SpreadsheetSafe.text(f.title()));
            frictions.value(row, 1, SpreadsheetSafe.text(f.journeyName()));
            frictions.value(row, 2, SpreadsheetSafe.text(f.stepName()));
            frictions.value(row, 3, t(locale, "cause." + f.cause()));
            frictions.value(row, 4, f.severity());
            frictions.value(row, 5, f.frequency().observationShare());
            frictions.value(row, 6, f.frequency().siteShare());
            frictions.value(row, 7, f.score());
            frictions.value(row, 8, String.join(", ", f.kpiCodes()));
            row++;
        }
        Worksheet stakes = workbook.newWorksheet(t(locale, "campaign.stakes"));
        SheetBlocks.header(stakes, "#", t(locale, "stake.title"), t(locale, "stake.description"), t(locale, "stake.kpis"), t(locale, "friction.score"));
        row = 1;
        for (StakeSummary s : report.stakes()) {
            stakes.value(row, 0, s.priority());
            stakes.value(row, 1, SpreadsheetSafe.text(s.title()));
            stakes.value(row, 2, SpreadsheetSafe.text(s.description()));
            stakes.value(row, 3, String.join(", ", s.kpiCodes()));
            stakes.value(row, 4, s.score());
            row++;
        }
        workbook.finish();
    }

    private static int counts(Worksheet sheet, int row, String heading, List<Map.Entry<String, Integer>> counts) {
        sheet.value(row, 0, heading);
        sheet.style(row, 0).bold().set();
        row++;
        for (Map.Entry<String, Integer> e : counts) {
            sheet.value(row, 0, SpreadsheetSafe.text(e.getKey()));
            sheet.value(row, 1, e.getValue());
            row++;
        }
        return row + 1;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
