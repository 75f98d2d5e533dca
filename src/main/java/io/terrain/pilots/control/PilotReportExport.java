package io.terrain.pilots.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import io.terrain.indicators.api.ImpactResult;
import io.terrain.pilots.api.ControlProposal;
import io.terrain.pilots.api.DecisionSummary;
import io.terrain.pilots.api.DesignCheck;
import io.terrain.pilots.api.PackageSummary;
import io.terrain.pilots.api.PerceptionSummary;
import io.terrain.pilots.api.PilotDraft;
import io.terrain.pilots.api.PilotReport;
import io.terrain.pilots.api.PilotResults;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.api.StatusChange;
import io.terrain.platform.csv.SpreadsheetSafe;
import io.terrain.platform.export.PdfBlocks;
import io.terrain.platform.export.SheetBlocks;
import io.terrain.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The pilot report as a file: PDF to circulate (design, sites and balance, the check before
 * launch, results with the per-site detail, team perception, decisions, package) and Excel to
 * work on (the same figures, one sheet per table). The PDF uses the standard Helvetica font, whose
 * encoding (Windows-1252) has no arrows or stars: ranges are written with dashes there.
 */
@ApplicationScoped
public class PilotReportExport {

    public void pdf(PilotReport report, Locale locale, OutputStream out) throws IOException {
        PdfBlocks.write(out, document -> {
            PilotSummary p = report.pilot();
            document.add(new Paragraph(t(locale, "pilot.report.title") + " — " + p.name(), PdfBlocks.TITLE));
            PdfBlocks.text(document, t(locale, "pilot.status." + p.status()) + " · " + t(locale, "pilot.baseline") + " " + p.baselineFrom()
                    + " – " + p.baselineTo() + " · " + t(locale, "pilot.window") + " " + p.pilotFrom() + " – " + p.pilotTo());
            if (p.hypothesis() != null) {
                PdfBlocks.text(document, t(locale, "pilot.hypothesis") + " : " + p.hypothesis());
            }
            design(document, report, locale);
            sites(document, report, locale);
            check(document, report.check(), locale);
            results(document, report.results(), locale);
            perception(document, report.perception(), locale);
            decisions(document, report, locale);
            packages(document, report, locale);
        });
    }

    private static void design(Document document, PilotReport report, Locale locale) throws DocumentException {
        PilotSummary p = report.pilot();
        if (!report.stakes().isEmpty()) {
            PdfBlocks.section(document, t(locale, "pilot.report.stakes"));
            PdfBlocks.text(document, String.join("\n", report.stakes()));
        }
        PdfBlocks.section(document, t(locale, "pilot.kpis"));
        PdfPTable kpis = PdfBlocks.table(new float[] {3, 1, 2}, "KPI", t(locale, "pilot.primary"), t(locale, "pilot.targetEffect"));
        for (PilotDraft.PilotKpi k : p.kpis()) {
            PdfBlocks.row(kpis, k.kpiCode(), k.primary() ? "*" : "", number(locale, k.targetEffect()));
        }
        document.add(kpis);
        PdfBlocks.section(document, t(locale, "pilot.improvements"));
        PdfPTable improvements = PdfBlocks.table(new float[] {2, 6}, t(locale, "pilot.improvementKind"), t(locale, "pilot.description"));
        p.improvements().forEach(i -> PdfBlocks.row(improvements, t(locale, "pilot.kind." + i.kind()), i.description()));
        document.add(improvements);
        PdfBlocks.section(document, t(locale, "pilot.team") + " · " + t(locale, "pilot.directorates"));
        PdfBlocks.text(document, String.join(", ", p.team().stream().map(PilotDraft.TeamMember::name).toList()));
        PdfPTable directorates = PdfBlocks.table(new float[] {2, 2, 4}, t(locale, "pilot.directorate"), t(locale, "pilot.contact"),
                t(locale, "pilot.part"));
        p.directorates().forEach(d -> PdfBlocks.row(directorates, d.directorate(), d.contact(), d.part()));
        document.add(directorates);
        PdfBlocks.section(document, t(locale, "pilot.history"));
        PdfPTable history = PdfBlocks.table(new float[] {2, 2, 3}, t(locale, "campaign.status"), t(locale, "pilot.effectiveOn"),
                t(locale, "pilot.decidedBy"));
        for (StatusChange c : p.history()) {
            PdfBlocks.row(history, t(locale, "pilot.status." + c.status()), String.valueOf(c.effectiveOn()),
                    c.recordedBy() + ", " + c.recordedAt().toString().replace('T', ' '));
        }
        document.add(history);
    }

    private static void sites(Document document, PilotReport report, Locale locale) throws DocumentException {
        PdfBlocks.section(document, t(locale, "pilot.pilotSites") + " (" + report.pilotSites().size() + ")");
        PdfBlocks.text(document, String.join(", ", report.pilotSites()));
        PdfBlocks.section(document, t(locale, "pilot.controlSites") + " (" + report.controlSites().size() + ")");
        PdfBlocks.text(document, String.join(", ", report.controlSites()));
        ControlProposal balance = report.balance();
        if (balance != null) {
            PdfBlocks.section(document, t(locale, "pilot.balance"));
            PdfPTable table = PdfBlocks.table(new float[] {3, 2, 2, 2}, "KPI", t(locale, "pilot.pilotSites"), t(locale, "pilot.controlSites"),
                    t(locale, "pilot.smd"));
            for (ControlProposal.Balance b : balance.balance()) {
                PdfBlocks.row(table, b.kpiCode() + " · " + t(locale, "pilot.measure." + b.measure()), number(locale, b.pilotMean()),
                        number(locale, b.controlMean()), number(locale, b.standardisedDifference()));
            }
            document.add(table);
            for (String w : balance.warnings()) {
                int colon = w.indexOf(':');
                PdfBlocks.text(document, "! " + (colon < 0 ? t(locale, w) : t(locale, w.substring(0, colon), w.substring(colon + 1))));
            }
        }
    }

    private static void check(Document document, DesignCheck check, Locale locale) throws DocumentException {
        if (check == null) {
            return;
        }
        PdfBlocks.section(document, t(locale, "pilot.check"));
        PdfPTable table = PdfBlocks.table(new float[] {3, 2, 2, 3}, "KPI", t(locale, "pilot.targetEffect"), t(locale, "pilot.mde"),
                t(locale, "pilot.placebo"));
        for (DesignCheck.KpiCheck c : check.kpis()) {
            PdfBlocks.row(table, c.kpiCode(), number(locale, c.targetEffect()),
                    c.minimumDetectableEffect() == null ? t(locale, "pilot.noHistory") : number(locale, c.minimumDetectableEffect()),
                    c.placebo() == null ? "" : number(locale, c.placebo().difference()) + " (p = " + number(locale, c.placebo().pValue()) + ")");
        }
        document.add(table);
    }

    private static void results(Document document, PilotResults results, Locale locale) throws DocumentException {
        PdfBlocks.section(document, t(locale, "pilot.results"));
        if (results == null) {
            PdfBlocks.text(document, t(locale, "pilot.report.noResults"));
            return;
        }
        PdfPTable table = PdfBlocks.table(new float[] {3, 2, 2, 3, 2, 2}, "KPI", t(locale, "pilot.verdict"), t(locale, "pilot.effect"),
                t(locale, "pilot.ci"), t(locale, "pilot.pValue"), t(locale, "pilot.relativeLift"));
        for (PilotResults.KpiResult r : results.kpis()) {
            for (ImpactResult i : new ImpactResult[] {r.balanced(), r.allSites()}) {
                PdfBlocks.row(table, r.kpiCode() + (r.primary() ? " *" : "") + " · "
                                + t(locale, i.balancedPanel() ? "pilot.report.balanced" : "pilot.report.allSites"),
                        t(locale, "verdict." + i.verdict()), number(locale, i.difference()),
                        "[" + number(locale, i.ciLow()) + " ; " + number(locale, i.ciHigh()) + "]", number(locale, i.pValue()),
                        percent(locale, i.relativeLift()));
            }
        }
        document.add(table);
        for (PilotResults.KpiResult r : results.kpis()) {
            PdfBlocks.section(document, t(locale, "pilot.report.siteDetail") + " — " + r.kpiCode());
            PdfPTable sites = PdfBlocks.table(new float[] {4, 2, 2, 2, 2}, t(locale, "observation.site"), t(locale, "pilot.report.group"),
                    t(locale, "pilot.baseline"), t(locale, "pilot.window"), t(locale, "pilot.report.change"));
            for (PilotResults.SiteChange s : r.sites()) {
                PdfBlocks.row(sites, s.siteName(), t(locale, "pilot.group." + s.group()), number(locale, s.baseline()),
                        number(locale, s.pilot()), number(locale, s.change()));
            }
            document.add(sites);
        }
    }

    private static void perception(Document document, PerceptionSummary perception, Locale locale) throws DocumentException {
        PdfBlocks.section(document, t(locale, "pilot.perception"));
        PdfBlocks.text(document, t(locale, "pilot.perceptionSummary", perception.responses(), number(locale, perception.meanScore()),
                number(locale, perception.threshold())) + " — " + t(locale, perception.felt() ? "pilot.felt" : "pilot.notFelt"));
        PdfPTable table = PdfBlocks.table(new float[] {4, 2, 2, 2}, t(locale, "observation.site"), t(locale, "pilot.responses"),
                t(locale, "pilot.meanScore"), t(locale, "pilot.meanRecommend"));
        for (PerceptionSummary.Site s : perception.sites()) {
            PdfBlocks.row(table, s.siteName(), String.valueOf(s.responses()), number(locale, s.meanScore()), number(locale, s.meanRecommend()));
        }
        document.add(table);
        if (!perception.comments().isEmpty()) {
            PdfBlocks.text(document, t(locale, "pilot.report.comments") + " :\n« " + String.join(" »\n« ", perception.comments()) + " »");
        }
    }

    private static void decisions(Document document, PilotReport report, Locale locale) throws DocumentException {
        PdfBlocks.section(document, t(locale, "pilot.decision"));
        if (report.decisions().isEmpty()) {
            PdfBlocks.text(document, t(locale, "pilot.noDecision"));
            return;
        }
        PdfPTable table = PdfBlocks.table(new float[] {2, 3, 5}, t(locale, "pilot.outcome"), t(locale, "pilot.decidedBy"),
                t(locale, "pilot.rationale"));
        for (DecisionSummary d : report.decisions()) {
            PdfBlocks.row(table, t(locale, "pilot.status." + d.outcome()) + (d.overridden() ? " (" + t(locale, "pilot.override") + ")" : ""),
                    d.decidedBy() + ", " + d.decidedAt().toString().replace('T', ' '), d.rationale());
        }
        document.add(table);
    }

    private static void packages(Document document, PilotReport report, Locale locale) throws DocumentException {
        if (report.packages().isEmpty()) {
            return;
        }
        PackageSummary latest = report.packages().get(0);
        PdfBlocks.section(document, t(locale, "package.title") + " v" + latest.versionNo() + " — " + latest.name() + " ("
                + t(locale, latest.published() ? "package.isPublished" : "package.isDraft")
                + (latest.published() ? " " + latest.publishedAt().toString().replace('T', ' ') : "") + ")");
        PdfBlocks.text(document, t(locale, "package.processes") + " : " + nullToEmpty(latest.processes()));
        PdfBlocks.text(document, t(locale, "package.tools") + " : " + nullToEmpty(latest.tools()));
        PdfBlocks.text(document, t(locale, "package.management") + " : " + nullToEmpty(latest.management()));
        PdfBlocks.text(document, t(locale, "package.kpis") + " : " + String.join(", ", latest.kpis().stream()
                .map(k -> k.kpiCode() + " = " + number(locale, k.targetValue())).toList()));
        PdfPTable steps = PdfBlocks.table(new float[] {1, 5, 2, 1, 3}, "#", t(locale, "package.step"), t(locale, "package.owner"),
                t(locale, "package.days"), t(locale, "package.evidence"));
        int n = 1;
        for (var s : latest.steps()) {
            PdfBlocks.row(steps, String.valueOf(n++), s.description(), s.ownerRole(), String.valueOf(s.expectedDays()), s.evidence());
        }
        document.add(steps);
    }

    public void excel(PilotReport report, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Terrain", "1.0");
        PilotSummary p = report.pilot();
        Worksheet summary = workbook.newWorksheet(t(locale, "report.sheet.summary"));
        int r = 0;
        r = SheetBlocks.pair(summary, r, t(locale, "campaign.name"), p.name());
        r = SheetBlocks.pair(summary, r, t(locale, "pilot.hypothesis"), p.hypothesis());
        r = SheetBlocks.pair(summary, r, t(locale, "campaign.status"), t(locale, "pilot.status." + p.status()));
        r = SheetBlocks.pair(summary, r, t(locale, "pilot.baseline"), p.baselineFrom() + " → " + p.baselineTo());
        r = SheetBlocks.pair(summary, r, t(locale, "pilot.window"), p.pilotFrom() + " → " + p.pilotTo());
        r = SheetBlocks.pair(summary, r, t(locale, "pilot.report.stakes"), String.join(" | ", report.stakes()));
        r = SheetBlocks.pair(summary, r, t(locale, "pilot.pilotSites"), String.join(", ", report.pilotSites()));
        r = SheetBlocks.pair(summary, r, t(locale, "pilot.controlSites"), String.join(", ", report.controlSites()));
        PerceptionSummary perception = report.perception();
        r = SheetBlocks.pair(summary, r, t(locale, "pilot.perception"), t(locale, "pilot.perceptionSummary", perception.responses(),
                number(locale, perception.meanScore()), number(locale, perception.threshold())));
        for (PilotDraft.Improvement i : p.improvements()) {
            r = SheetBlocks.pair(summary, r, t(locale, "pilot.kind." + i.kind()), i.description());
        }
        for (DecisionSummary d : report.decisions()) {
            r = SheetBlocks.pair(summary, r, t(locale, "pilot.status." + d.outcome()), d.decidedBy() + ", "
                    + d.decidedAt().toString().replace('T', ' ') + (d.rationale() == null ? "" : " — " + d.rationale()));
        }

        Worksheet results = workbook.newWorksheet(t(locale, "pilot.report.sheet.results"));
        SheetBlocks.header(results, "KPI", t(locale, "pilot.primary"), t(locale, "pilot.report.group"), t(locale, "pilot.verdict"),
                t(locale, "pilot.effect"), "SE", t(locale, "pilot.ci"), "", t(locale, "pilot.pValue"), t(locale, "pilot.relativeLift"));
        Worksheet sites = workbook.newWorksheet(t(locale, "pilot.report.sheet.sites"));
        SheetBlocks.header(sites, "KPI", t(locale, "observation.site"), t(locale, "pilot.report.group"), t(locale, "pilot.baseline"),
                t(locale, "pilot.window"), t(locale, "pilot.report.change"));
        if (report.results() != null) {
            int row = 1;
            int siteRow = 1;
            for (PilotResults.KpiResult k : report.results().kpis()) {
                for (ImpactResult i : new ImpactResult[] {k.balanced(), k.allSites()}) {
                    results.value(row, 0, k.kpiCode());
                    results.value(row, 1, k.primary() ? "★" : "");
                    results.value(row, 2, t(locale, i.balancedPanel() ? "pilot.report.balanced" : "pilot.report.allSites"));
                    results.value(row, 3, t(locale, "verdict." + i.verdict()));
                    results.value(row, 4, i.difference());
                    results.value(row, 5, i.standardError());
                    results.value(row, 6, i.ciLow());
                    results.value(row, 7, i.ciHigh());
                    results.value(row, 8, i.pValue());
                    results.value(row, 9, i.relativeLift());
                    row++;
                }
                for (PilotResults.SiteChange s : k.sites()) {
                    sites.value(siteRow, 0, k.kpiCode());
                    sites.value(siteRow, 1, SpreadsheetSafe.text(s.siteName()));
                    sites.value(siteRow, 2, t(locale, "pilot.group." + s.group()));
                    sites.value(siteRow, 3, s.baseline());
                    sites.value(siteRow, 4, s.pilot());
                    sites.value(siteRow, 5, s.change());
                    siteRow++;
                }
            }
        }

        Worksheet responses = workbook.newWorksheet(t(locale, "pilot.perception"));
        SheetBlocks.header(responses, t(locale, "observation.site"), t(locale, "pilot.responses"), t(locale, "pilot.meanScore"),
                t(locale, "pilot.meanRecommend"));
        int row = 1;
        for (PerceptionSummary.Site s : perception.sites()) {
            responses.value(row, 0, SpreadsheetSafe.text(s.siteName()));
            responses.value(row, 1, s.responses());
            responses.value(row, 2, s.meanScore());
            responses.value(row, 3, s.meanRecommend());
            row++;
        }

        if (!report.packages().isEmpty()) {
            PackageSummary latest = report.packages().get(0);
            Worksheet steps = workbook.newWorksheet(t(locale, "package.title") + " v" + latest.versionNo());
            SheetBlocks.header(steps, "#", t(locale, "package.step"), t(locale, "package.owner"), t(locale, "package.days"),
                    t(locale, "package.evidence"));
            row = 1;
            for (var s : latest.steps()) {
                steps.value(row, 0, row);
                steps.value(row, 1, SpreadsheetSafe.text(s.description()));
                steps.value(row, 2, SpreadsheetSafe.text(s.ownerRole()));
                steps.value(row, 3, s.expectedDays());
                steps.value(row, 4, SpreadsheetSafe.text(s.evidence()));
                row++;
            }
        }
        workbook.finish();
    }

    private static String number(Locale locale, Double value) {
        return value == null || value.isNaN() ? "—" : String.format(locale, "%.2f", value);
    }

    private static String percent(Locale locale, double share) {
        return Double.isNaN(share) ? "—" : String.format(locale, "%.1f %%", share * 100);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
