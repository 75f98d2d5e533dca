package io.terrain.platform.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.SpreadsheetSafe;
import io.terrain.platform.i18n.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** CSV files a screen hands to the browser (non-AJAX actions): import templates and reports of rejected rows. */
public final class CsvDownload {

    private CsvDownload() {
    }

    /**
     * The rejected rows (line, column, reason in the user's language), to open beside the file.
     * When the import listed fewer problems than it rejected rows, a last line says how many more.
     */
    public static void problems(String fileName, List<Problem> problems, long rejectedRows) throws IOException {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        send(fileName, csv -> {
            csv.writeRecord(Messages.text(locale, "import.col.line"), Messages.text(locale, "import.col.column"),
                    Messages.text(locale, "import.col.reason"));
            long listedRows = problems.stream().map(Problem::line).distinct().count();
            for (Problem p : problems) {
                csv.writeRecord(p.line() == null ? "" : p.line().toString(), SpreadsheetSafe.text(p.field()),
                        SpreadsheetSafe.text(Messages.text(locale, p)));
            }
            if (rejectedRows > listedRows) {
                csv.writeRecord("", "", Messages.text(locale, "import.moreRejected", rejectedRows - listedRows));
            }
        });
    }

    /** A file with the expected header and one example row, to fill in. */
    public static void template(String fileName, List<String> columns, List<String> example) throws IOException {
        send(fileName, csv -> {
            csv.writeRecord(columns);
            csv.writeRecord(example);
        });
    }

    private static void send(String fileName, Consumer<CsvWriter> rows) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        var writer = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        try {
            CsvWriter csv = CsvWriter.builder().build(writer);
            rows.accept(csv);
            csv.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
        faces.responseComplete();
    }
}
