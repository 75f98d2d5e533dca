package io.terrain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Exported files as the tests read them: the bytes, a PDF's text, a workbook's cells — to check what they say. */
final class Downloads {

    private Downloads() {
    }

    static byte[] bytes(URL base, String path, String username) throws IOException, InterruptedException {
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + TerrainDeployment.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode(), path);
        return file.body();
    }

    /** The text of every page, one after the other. */
    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** Every non-empty cell of every sheet, as shown, prefixed by its sheet's name ("Sheet!text"). */
    static List<String> cells(byte[] xlsx) throws IOException {
        List<String> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    for (Row row : rows.toList()) {
                        for (Cell cell : row) {
                            String text = cell == null ? "" : cell.getText();
                            if (text != null && !text.isBlank()) {
                                cells.add(sheet.getName() + "!" + text);
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }
}
