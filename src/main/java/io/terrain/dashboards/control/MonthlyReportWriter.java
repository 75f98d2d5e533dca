package io.terrain.dashboards.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import io.terrain.dashboards.api.MonthlyFigures;
import io.terrain.dashboards.api.MonthlyFigures.CategoryRow;
import io.terrain.dashboards.api.MonthlyFigures.ChannelRow;
import io.terrain.dashboards.api.MonthlyFigures.ImpactRow;
import io.terrain.dashboards.api.MonthlyFigures.KpiRow;
import io.terrain.dashboards.api.MonthlyFigures.PlanRow;
import io.terrain.platform.csv.SpreadsheetSafe;
import io.terrain.platform.export.PdfBlocks;
import io.terrain.platform.export.SheetBlocks;
import io.terrain.platform.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The monthly direction report as a PDF to read and an Excel workbook to work from, in one language. */
public final class MonthlyReportWriter {

    private final MonthlyFigures figures;
    private final Locale locale;

    public MonthlyReportWriter(MonthlyFigures figures, Locale locale) {
        this.figures = figures;
        this.locale = locale;
    }

    public String title() {
        return text("monthlyReport.title", figures.month().getMonth().getDisplayName(TextStyle.FULL, locale) + " " + figures.month().getYear());
    }

    public byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfBlocks.write(out, this::content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void content(Document document) throws DocumentException {
        document.add(new Paragraph(title(), PdfBlocks.TITLE));
        PdfBlocks.section(document, text("monthlyReport.kpis"));
        List<String> headers = new ArrayList<>(List.of(text("monthlyReport.kpi"), text("dashboards.network")));
        headers.addAll(figures.regions());
        float[] widths = new float[headers.size()];
        Arrays.fill(widths, 1);
        widths[0] = 3;
        PdfPTable kpis = PdfBlocks.table(widths, headers.toArray(String[]::new));
        for (KpiRow k : figures.kpis()) {
            List<String> cells = new ArrayList<>(List.of(name(k) + " (" + k.unit() + ")", number(k.network())));
            figures.regions().forEach(r -> cells.add(number(k.byRegion().get(r))));
            PdfBlocks.row(kpis, cells.toArray(String[]::new));
        }
        document.add(kpis);
        PdfBlocks.section(document, text("monthlyReport.channels"));
        if (figures.channels().isEmpty()) {
            PdfBlocks.text(document, text("monthlyReport.noFeedback"));
        }
        for (ChannelRow c : figures.channels()) {
            PdfBlocks.text(document, channelLine(c));
        }
        PdfBlocks.section(document, text("monthlyReport.rollout"));
        if (figures.plans().isEmpty()) {
            PdfBlocks.text(document, text("monthlyReport.noPlan"));
        }
        for (PlanRow p : figures.plans()) {
            PdfBlocks.text(document, planLine(p));
            for (ImpactRow i : p.impacts()) {
                PdfBlocks.text(document, "   " + impactLine(i));
            }
        }
        PdfBlocks.section(document, text("monthlyReport.categories"));
        if (figures.categories().isEmpty()) {
            PdfBlocks.text(document, text("monthlyReport.noCategory"));
        }
        for (CategoryRow c : figures.categories()) {
            PdfBlocks.text(document, text("monthlyReport.categoryLine", c.category(), c.thisMonth(), c.monthBefore()));
        }
    }

    public byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Terrain", "1.0");
            Worksheet kpis = workbook.newWorksheet(text("monthlyReport.kpis"));
            List<String> headers = new ArrayList<>(List.of(text("monthlyReport.kpi"), text("dashboards.network")));
            headers.addAll(figures.regions());
            SheetBlocks.header(kpis, headers.toArray(String[]::new));
            int row = 1;
            for (KpiRow k : figures.kpis()) {
                kpis.value(row, 0, SpreadsheetSafe.text(name(k)));
                value(kpis, row, 1, k.network());
                for (int r = 0; r < figures.regions().size(); r++) {
                    value(kpis, row, 2 + r, k.byRegion().get(figures.regions().get(r)));
                }
                row++;
            }
            Worksheet channels = workbook.newWorksheet(text("monthlyReport.channels"));
            SheetBlocks.header(channels, text("monthlyReport.channel"), text("monthlyReport.responses"), "CSAT");
            row = 1;
            for (ChannelRow c : figures.channels()) {
                channels.value(row, 0, c.channel().name());
                channels.value(row, 1, c.responses());
                value(channels, row++, 2, c.csatMean());
            }
            Worksheet plans = workbook.newWorksheet(text("monthlyReport.rollout"));
            SheetBlocks.header(plans, text("dashboards.plan"), text("dashboards.sites"), text("dashboards.status.adopted"), "KPI",
                    text("waves.impact.effect"), text("waves.impact.ciLow"), text("waves.impact.ciHigh"));
            row = 1;
            for (PlanRow p : figures.plans()) {
                plans.value(row, 0, SpreadsheetSafe.text(p.plan().name()));
                plans.value(row, 1, p.sites());
                plans.value(row, 2, p.adopted());
                for (ImpactRow i : p.impacts()) {
                    plans.value(row, 3, i.kpiCode());
                    if (i.effect() != null) {
                        plans.value(row, 4, i.effect().att());
                        plans.value(row, 5, i.effect().ciLow());
                        plans.value(row, 6, i.effect().ciHigh());
                    }
                    row++;
                }
                row += p.impacts().isEmpty() ? 1 : 0;
            }
            Worksheet categories = workbook.newWorksheet(text("monthlyReport.categories"));
            SheetBlocks.header(categories, text("monthlyReport.category"), text("monthlyReport.thisMonth"), text("monthlyReport.monthBefore"));
            row = 1;
            for (CategoryRow c : figures.categories()) {
                categories.value(row, 0, SpreadsheetSafe.text(c.category()));
                categories.value(row, 1, c.thisMonth());
                categories.value(row++, 2, c.monthBefore());
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    String channelLine(ChannelRow c) {
        return c.csatMean() == null ? text("monthlyReport.channelLineNoCsat", text("feedbackChannel." + c.channel()), c.responses())
                : text("monthlyReport.channelLine", text("feedbackChannel." + c.channel()), c.responses(), number(c.csatMean()));
    }

    private String planLine(PlanRow p) {
        return text("monthlyReport.planLine", p.plan().name(), p.adopted(), p.sites(),
                number(p.sites() == 0 ? 0.0 : 100.0 * p.adopted() / p.sites()));
    }

    private String impactLine(ImpactRow i) {
        return i.effect() == null ? text("monthlyReport.impactPending", i.kpiCode())
                : text("monthlyReport.impactLine", i.kpiCode(), number(i.effect().att()), number(i.effect().ciLow()), number(i.effect().ciHigh()),
                text("verdict." + i.verdict()));
    }

    private String name(KpiRow k) {
        return "fr".equals(locale.getLanguage()) ? k.nameFr() : k.nameEn();
    }

    private String number(Double value) {
        return value == null ? "—" : String.format(locale, "%.2f", value);
    }

    private static void value(Worksheet sheet, int row, int column, Double value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
    }

    private String text(String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
