package io.terrain.dashboards.control;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.terrain.dashboards.api.FeedbackResponse;
import io.terrain.network.api.ExportFormat;
import io.terrain.platform.csv.SpreadsheetSafe;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A site's feedback as a file for its team: the import's columns and the treatment priority, in treatment order. */
public final class FeedbackExport {

    private static final List<String> COLUMNS = new ArrayList<>(FeedbackCsv.COLUMNS);

    static {
        COLUMNS.add("priority");
    }

    private FeedbackExport() {
    }

    public static void write(List<FeedbackResponse> responses, ExportFormat format, OutputStream out) throws IOException {
        if (format == ExportFormat.CSV) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = CsvWriter.builder().build(writer);
            csv.writeRecord(COLUMNS);
            for (FeedbackResponse r : responses) {
                csv.writeRecord(cells(r).stream().map(SpreadsheetSafe::text).toList());
            }
            csv.flush();
            writer.flush();
            return;
        }
        Workbook workbook = new Workbook(out, "Terrain", "1.0");
        Worksheet sheet = workbook.newWorksheet("Feedback");
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.value(0, c, COLUMNS.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        int row = 1;
        for (FeedbackResponse r : responses) {
            List<String> cells = cells(r);
            for (int c = 0; c < cells.size(); c++) {
                sheet.value(row, c, SpreadsheetSafe.text(cells.get(c)));
            }
            row++;
        }
        workbook.finish();
    }

    private static List<String> cells(FeedbackResponse r) {
        List<String> cells = new ArrayList<>();
        cells.add(r.responseId());
        cells.add(r.siteCode());
        cells.add(r.respondedOn().toString());
        cells.add(r.channel().name());
        cells.add(r.contactReason());
        cells.add(r.csat() == null ? null : r.csat().toString());
        cells.add(r.recommend() == null ? null : r.recommend().toString());
        cells.add(r.verbatim());
        cells.add(r.category());
        cells.add(r.priority().name());
        return cells;
    }
}
