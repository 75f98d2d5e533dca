package io.terrain.pilots.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.terrain.indicators.api.Direction;
import io.terrain.indicators.api.GroupImpact;
import io.terrain.indicators.api.ImpactResult;
import io.terrain.indicators.api.Verdict;
import io.terrain.pilots.api.ControlProposal;
import io.terrain.pilots.api.DecisionSummary;
import io.terrain.pilots.api.DesignCheck;
import io.terrain.pilots.api.ImprovementKind;
import io.terrain.pilots.api.PackageDraft;
import io.terrain.pilots.api.PackageSummary;
import io.terrain.pilots.api.PerceptionSummary;
import io.terrain.pilots.api.PilotDraft;
import io.terrain.pilots.api.PilotReport;
import io.terrain.pilots.api.PilotResults;
import io.terrain.pilots.api.PilotStatus;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.api.StatusChange;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The pilot report files hold what the pilot holds, in the reader's language, with no key left untranslated. */
class PilotReportExportTest {

    private static PilotReport report() {
        LocalDate start = LocalDate.of(1992, 2, 1);
        PilotSummary pilot = new PilotSummary(7, "Salaire minimum", "Raising the minimum wage does not cut jobs", null, List.of(),
                PilotStatus.VALIDATED, start, LocalDate.of(1992, 3, 31), LocalDate.of(1992, 11, 1), LocalDate.of(1992, 12, 31),
                List.of(new PilotDraft.Improvement(ImprovementKind.PROCESS, "New staffing rule")),
                List.of(new PilotDraft.TeamMember("Alex Martin", null)),
                List.of(new PilotDraft.Directorate("HR", "Sam Durand", "Pay scales")),
                List.of(new PilotDraft.PilotKpi("STAFF_FTE", true, 1.0)), List.of(1L), List.of(2L),
                List.of(new StatusChange(PilotStatus.DESIGN, start, "manager", LocalDateTime.of(1992, 1, 20, 9, 0)),
                        new StatusChange(PilotStatus.VALIDATED, LocalDate.of(1993, 1, 10), "manager", LocalDateTime.of(1993, 1, 10, 9, 0))),
                3);
        GroupImpact treated = new GroupImpact(309, 20.44, 0.51, 309, 21.03, 0.52, 309, 0.59, 0.54);
        GroupImpact control = new GroupImpact(75, 23.33, 1.35, 75, 21.17, 0.94, 75, -2.17, 1.21);
        ImpactResult balanced = new ImpactResult("STAFF_FTE", Direction.HIGHER_IS_BETTER, true, treated, control, 2.75, 1.34, 102,
                0.09, 5.41, 0.043, 0.135, Verdict.IMPROVED, List.of());
        ImpactResult all = new ImpactResult("STAFF_FTE", Direction.HIGHER_IS_BETTER, false, treated, control, 2.7536, 1.36, 99,
                0.05, 5.45, 0.046, 0.135, Verdict.IMPROVED, List.of());
        PilotResults results = new PilotResults(List.of(new PilotResults.KpiResult("STAFF_FTE", true, balanced, all, List.of(
                new PilotResults.SiteChange(1, "Burger Paterson", "PILOT", 20.0, 22.5, 2.5),
                new PilotResults.SiteChange(2, "Burger Philadelphia", "CONTROL", 24.0, null, null)))));
        PerceptionSummary perception = new PerceptionSummary(List.of(new PerceptionSummary.Site(1, "Burger Paterson", 3, 4.33, 8.0)), 3,
                4.33, 8.0, 3.5, true, List.of("Moins de turnover"));
        DesignCheck check = new DesignCheck(List.of(new DesignCheck.KpiCheck("STAFF_FTE", true, 1.0, null, false, null)));
        ControlProposal balance = new ControlProposal(Map.of(), List.of(new ControlProposal.Balance("STAFF_FTE", "LEVEL", 20.4, 23.3, -0.4)),
                List.of("pilot.warning.poorBalance:STAFF_FTE LEVEL"));
        DecisionSummary decision = new DecisionSummary(1, PilotStatus.VALIDATED, false, null, "manager", LocalDateTime.of(1993, 1, 10, 9, 0),
                "{}");
        PackageSummary pkg = new PackageSummary(4, 7, "Effectifs au salaire minimum", 1, true, LocalDateTime.of(1993, 2, 1, 10, 0),
                "Planning à effectif constant", "Grille", "Point hebdomadaire", List.of(new PackageDraft.KpiTarget("STAFF_FTE", 21.0)),
                List.of(new PackageDraft.Step("Revoir les plannings", "Directeur", 10, "Planning signé")), 2);
        return new PilotReport(pilot, List.of("1. Garder les équipes"), List.of("Burger Paterson (NJ001)"),
                List.of("Burger Philadelphia (PA001)"), balance, check, results, perception, List.of(decision), List.of(pkg));
    }

    @Test
    void thePdfHoldsTheDesignTheResultAndThePackageInFrench() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PilotReportExport().pdf(report(), Locale.FRENCH, out);
        PdfReader reader = new PdfReader(out.toByteArray());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String pdf = text.toString().replaceAll("\\s+", " ");
        for (String expected : List.of("Rapport de pilote — Salaire minimum", "New staffing rule", "Sam Durand", "2,75", "[0,09 ; 5,41]",
                "amélioré", "Panel équilibré", "Burger Philadelphia", "témoin", "historique insuffisant", "Moins de turnover",
                "Revoir les plannings", "STAFF_FTE = 21,00", "Équilibre insuffisant sur STAFF_FTE LEVEL", "1. Garder les équipes")) {
            assertTrue(pdf.contains(expected), "PDF lacks «" + expected + "»:\n" + pdf);
        }
        assertFalse(pdf.matches("(?s).*\\b(pilot|package|verdict)\\.[a-zA-Z]+.*"), "a message key left untranslated:\n" + pdf);
    }

    @Test
    void theWorkbookHasOneSheetPerTableWithTheFiguresAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PilotReportExport().excel(report(), Locale.ENGLISH, out);
        StringBuilder xml = new StringBuilder();
        Path file = Files.createTempFile("pilot-report", ".xlsx");
        try {
            Files.write(file, out.toByteArray());
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    xml.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.delete(file);
        }
        String all = xml.toString();
        for (String expected : List.of("name=\"Summary\"", "name=\"Results\"", "name=\"Sites\"", "name=\"Team perception\"",
                "name=\"Package v1\"", "<v>2.75</v>", "<v>2.7536</v>", "Burger Paterson", "Balanced panel", "Revoir les plannings")) {
            assertTrue(all.contains(expected), "workbook lacks " + expected);
        }
        assertFalse(all.matches("(?s).*>(pilot|package|verdict)\\.[a-zA-Z.]+<.*"), "a message key left untranslated");
    }
}
