package io.terrain.network.control;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.terrain.network.api.ExportFormat;
import io.terrain.network.api.SiteDetails;
import io.terrain.network.api.SiteFilter;
import io.terrain.platform.csv.SpreadsheetSafe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the filtered site list as CSV or Excel, page by page, in the columns of the sites import:
 * an exported file can be edited and imported back. Text cells are neutralised against formula
 * injection.
 */
@ApplicationScoped
public class SiteExport {

    private static final int PAGE = 1_000;

    @Inject
    SiteStore sites;

    public void write(SiteFilter filter, ExportFormat format, OutputStream out) throws IOException {
        if (format == ExportFormat.CSV) {
            writeCsv(filter, out);
        } else {
            writeXlsx(filter, out);
        }
    }

    private void writeCsv(SiteFilter filter, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().build(writer);
        csv.writeRecord(SiteCsv.COLUMNS);
        forEachSite(filter, site -> csv.writeRecord(cells(site).stream().map(SpreadsheetSafe::text).toList()));
        csv.flush();
        writer.flush();
    }

    private void writeXlsx(SiteFilter filter, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Terrain", "1.0");
        Worksheet sheet = workbook.newWorksheet("Sites");
        for (int c = 0; c < SiteCsv.COLUMNS.size(); c++) {
            sheet.value(0, c, SiteCsv.COLUMNS.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        int[] row = {1};
        forEachSite(filter, site -> {
            List<String> cells = cells(site);
            for (int c = 0; c < cells.size(); c++) {
                sheet.value(row[0], c, SpreadsheetSafe.text(cells.get(c)));
            }
            if (site.latitude() != null) {
                sheet.value(row[0], 7, site.latitude());
                sheet.value(row[0], 8, site.longitude());
            }
            if (site.headcount() != null) {
                sheet.value(row[0], 13, site.headcount());
            }
            row[0]++;
        });
        workbook.finish();
    }

    private void forEachSite(SiteFilter filter, Consumer<SiteDetails> action) {
        for (int offset = 0; ; offset += PAGE) {
            List<SiteDetails> page = sites.detailsPage(filter, offset, PAGE);
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    /** One site in {@link SiteCsv#COLUMNS} order. */
    static List<String> cells(SiteDetails s) {
        List<String> cells = new ArrayList<>();
        cells.add(s.code());
        cells.add(s.name());
        cells.add(s.kind().name());
        cells.add(s.segment());
        cells.add(s.address());
        cells.add(s.city());
        cells.add(s.postalCode());
        cells.add(s.latitude() == null ? null : s.latitude().toPlainString());
        cells.add(s.longitude() == null ? null : s.longitude().toPlainString());
        cells.add(s.orgUnitCode());
        cells.add(s.status().name());
        cells.add(s.closedOn() == null ? null : s.closedOn().toString());
        cells.add(s.openedOn() == null ? null : s.openedOn().toString());
        cells.add(s.headcount() == null ? null : s.headcount().toString());
        return cells;
    }
}
