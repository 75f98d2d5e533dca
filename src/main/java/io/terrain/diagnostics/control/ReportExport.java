package io.terrain.diagnostics.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.terrain.diagnostics.api.DiagnosticReport;
import io.terrain.diagnostics.api.FrictionSummary;
import io.terrain.diagnostics.api.StakeSummary;
import io.terrain.platform.csv.SpreadsheetSafe;
import io.terrain.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
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

    private static final Color BAR = new Color(11, 83, 148);

    public void pdf(DiagnosticReport report, Locale locale, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            var c = report.campaign();
            document.add(new Paragraph(t(locale, "report.title") + " — " + c.name(), title));
            document.add(new Paragraph(c.startsOn() + " → " + c.endsOn() + " · " + t(locale, "campaign.status." + c.status()), body));
            if (c.objective() != null) {
                document.add(new Paragraph(c.objective(), body));
            }
            document.add(new Paragraph(t(locale, "report.counts", report.observations(), report.verbatims(), report.frictions().size()), body));

            section(document, t(locale, "campaign.aspiration"), heading);
            document.add(new Paragraph(c.aspiration() == null ? t(locale, "aspiration.none")
                    : "« " + c.aspiration() + " » — " + c.aspirationAgreedBy() + ", " + c.aspirationAgreedOn(), body));

            if (report.coverage() != null) {
                section(document, t(locale, "campaign.sample"), heading);
                document.add(new Paragraph(t(locale, "coverage.summary", report.coverage().sampleSites(), report.coverage().networkSites(),
                        report.coverage().missingStrata(), Math.round(report.coverage().distance() * 100)), body));
            }

            section(document, t(locale, "report.byCause"), heading);
            bars(document, report.frictionsByCause().entrySet().stream()
                    .map(e -> Map.entry(t(locale, "cause." + e.getKey()), e.getValue())).toList(), body);
            section(document, t(locale, "report.byStep"), heading);
            bars(document, List.copyOf(report.frictionsByStep().entrySet()), body);
            section(document, t(locale, "report.byDeterminant"), heading);
            bars(document, report.determinantsByKind().entrySet().stream()
                    .map(e -> Map.entry(t(locale, "determinant." + e.getKey()), e.getValue())).toList(), body);
            section(document, t(locale, "report.scores"), heading);
            bars(document, List.copyOf(report.verbatimScores().entrySet()), body);

            section(document, t(locale, "report.pareto"), heading);
            PdfPTable frictions = table(new float[] {4, 3, 2, 1, 2, 2}, bold, t(locale, "friction.title"), t(locale, "friction.step"),
                    t(locale, "friction.cause"), t(locale, "friction.severity"), t(locale, "friction.frequency"), t(locale, "friction.score"));
            for (FrictionSummary f : report.frictions()) {
                row(frictions, body, f.title(), f.journeyName() + " › " + f.stepName(), t(locale, "cause." + f.cause()),
                        String.valueOf(f.severity()), percent(f.frequency().observationShare()) + " · " + percent(f.frequency().siteShare()),
                        String.format(locale, "%.2f", f.score()));
            }
            document.add(frictions);

            section(document, t(locale, "campaign.stakes"), heading);
            PdfPTable stakes = table(new float[] {1, 5, 3, 2}, bold, "#", t(locale, "stake.title"), t(locale, "stake.kpis"),
                    t(locale, "friction.score"));
            for (StakeSummary s : report.stakes()) {
                row(stakes, body, String.valueOf(s.priority()), s.title(), String.join(", ", s.kpiCodes()),
                        String.format(locale, "%.2f", s.score()));
            }
            document.add(stakes);
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be written: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    public void excel(DiagnosticReport report, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Terrain", "1.0");
        var c = report.campaign();
        Worksheet summary = workbook.newWorksheet(t(locale, "report.sheet.summary"));
        int r = 0;
        r = pair(summary, r, t(locale, "campaign.name"), c.name());
        r = pair(summary, r, t(locale, "campaign.period"), c.startsOn() + " → " + c.endsOn());
        r = pair(summary, r, t(locale, "campaign.aspiration"), c.aspiration());
        r = pair(summary, r, t(locale, "aspiration.agreedBy"), c.aspirationAgreedBy());
        summary.value(r++, 0, "");
        r = counts(summary, r, t(locale, "report.byCause"), report.frictionsByCause().entrySet().stream()
                .map(e -> Map.entry(t(locale, "cause." + e.getKey()), e.getValue())).toList());
        r = counts(summary, r, t(locale, "report.byStep"), List.copyOf(report.frictionsByStep().entrySet()));
        r = counts(summary, r, t(locale, "report.byDeterminant"), report.determinantsByKind().entrySet().stream()
                .map(e -> Map.entry(t(locale, "determinant." + e.getKey()), e.getValue())).toList());
        counts(summary, r, t(locale, "report.scores"), List.copyOf(report.verbatimScores().entrySet()));

        Worksheet frictions = workbook.newWorksheet(t(locale, "report.pareto"));
        header(frictions, t(locale, "friction.title"), t(locale, "friction.journey"), t(locale, "friction.step"),
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
        header(stakes, "#", t(locale, "stake.title"), t(locale, "stake.description"), t(locale, "stake.kpis"), t(locale, "friction.score"));
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

    private static int pair(Worksheet sheet, int row, String label, String value) {
        sheet.value(row, 0, label);
        sheet.style(row, 0).bold().set();
        sheet.value(row, 1, SpreadsheetSafe.text(value));
        return row + 1;
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

    private static void header(Worksheet sheet, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            sheet.value(0, i, titles[i]);
            sheet.style(0, i).bold().set();
        }
        sheet.freezePane(0, 1);
    }

    private static void section(Document document, String text, Font font) throws DocumentException {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        document.add(p);
    }

    /** A horizontal bar chart as a table: label, bar proportional to the largest count, count. */
    private static void bars(Document document, List<Map.Entry<String, Integer>> counts, Font font) throws DocumentException {
        int max = counts.stream().mapToInt(Map.Entry::getValue).max().orElse(0);
        PdfPTable table = new PdfPTable(new float[] {4, 6, 1});
        table.setWidthPercentage(100);
        for (Map.Entry<String, Integer> e : counts) {
            table.addCell(cell(e.getKey(), font));
            PdfPTable bar = new PdfPTable(new float[] {Math.max(0.001f, e.getValue()), Math.max(0.001f, max - e.getValue())});
            bar.setWidthPercentage(100);
            PdfPCell filled = new PdfPCell(new Phrase(" ", font));
            filled.setBackgroundColor(e.getValue() == 0 ? Color.WHITE : BAR);
            filled.setBorder(0);
            PdfPCell empty = new PdfPCell(new Phrase(" ", font));
            empty.setBorder(0);
            bar.addCell(filled);
            bar.addCell(empty);
            PdfPCell holder = new PdfPCell(bar);
            holder.setBorder(0);
            holder.setPadding(2);
            table.addCell(holder);
            PdfPCell count = cell(String.valueOf(e.getValue()), font);
            count.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(count);
        }
        document.add(table);
    }

    private static PdfPTable table(float[] widths, Font font, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, font));
            cell.setBackgroundColor(new Color(230, 236, 243));
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, Font font, String... values) {
        for (String v : values) {
            table.addCell(new PdfPCell(new Phrase(new Chunk(v == null ? "" : v, font))));
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(0);
        return cell;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
