package io.terrain.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvUploadTest {

    @TempDir
    Path dir;

    private final CsvUpload upload = new CsvUpload(Set.of("code", "name"), Set.of("city"), 1024);
    private final List<CsvRow> rows = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private Path file(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path file(String content) throws IOException {
        return file("sites.csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private int read(Path file) {
        return upload.read(file, file.getFileName().toString(), bytes -> { }, rows::add, problems);
    }

    private static String onlyKey(InvalidInput e) {
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0).key();
    }

    @Test
    void readsRowsByColumnNameWithLineNumbersAndBlankAsNull() throws IOException {
        assertEquals(2, read(file("code,name,city\nS1,Agence Lille,\nS2,\"Magasin, Lyon\",Lyon\n")));
        assertEquals(2, rows.get(0).line());
        assertEquals("Agence Lille", rows.get(0).get("name"));
        assertNull(rows.get(0).get("city"));
        assertEquals("Magasin, Lyon", rows.get(1).get("name"));
        assertTrue(problems.isEmpty());
    }

    @Test
    void acceptsSemicolonsAndAByteOrderMarkAndHeaderCase() throws IOException {
        read(file("\uFEFFCode;Name\nS1;Agence Créteil\n"));
        assertEquals("Agence Créteil", rows.get(0).get("name"));
        assertEquals("S1", rows.get(0).get("code"));
    }

    @Test
    void reportsRowsWithTheWrongNumberOfFieldsAndKeepsTheOthers() throws IOException {
        read(file("code,name\nS1,A\nS2\nS3,C\n"));
        assertEquals(2, rows.size());
        assertEquals(1, problems.size());
        assertEquals(3, problems.get(0).line());
        assertEquals("csv.row.fieldCount", problems.get(0).key());
    }

    @Test
    void refusesAFileThatIsNotNamedCsv() throws IOException {
        Path xlsx = file("sites.xlsx", "code,name\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("csv.notCsv", onlyKey(assertThrows(InvalidInput.class, () -> read(xlsx))));
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path empty = file("");
        assertEquals("csv.empty", onlyKey(assertThrows(InvalidInput.class, () -> read(empty))));
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws IOException {
        Path big = file("code,name\n" + "S1,A\n".repeat(300));
        assertEquals("csv.tooLarge", onlyKey(assertThrows(InvalidInput.class, () -> read(big))));
    }

    @Test
    void refusesABinaryFile() throws IOException {
        Path binary = file("sites.csv", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        assertEquals("csv.binary", onlyKey(assertThrows(InvalidInput.class, () -> read(binary))));
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws IOException {
        Path latin1 = file("sites.csv", "code,name\nS1,Agence Cr\u00e9teil\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("csv.notUtf8", onlyKey(assertThrows(InvalidInput.class, () -> read(latin1))));
    }

    @Test
    void refusesAHeaderWithoutARequiredColumn() throws IOException {
        Path missing = file("code,city\nS1,Lyon\n");
        InvalidInput e = assertThrows(InvalidInput.class, () -> read(missing));
        assertEquals("csv.header.missing", onlyKey(e));
        assertEquals(List.of("name"), e.problems().get(0).args());
    }

    @Test
    void refusesAnUnknownColumnAndNamesTheExpectedOnes() throws IOException {
        Path unknown = file("code,name,colour\nS1,A,red\n");
        InvalidInput e = assertThrows(InvalidInput.class, () -> read(unknown));
        assertEquals("csv.header.unknown", onlyKey(e));
        assertEquals("colour", e.problems().get(0).field());
        assertEquals("city, code, name", e.problems().get(0).args().get(1));
    }

    @Test
    void refusesADuplicatedColumn() throws IOException {
        Path duplicated = file("code,name,name\nS1,A,B\n");
        assertEquals("csv.header.duplicate", onlyKey(assertThrows(InvalidInput.class, () -> read(duplicated))));
    }

    @Test
    void reportsReadingProgressInBytes() throws IOException {
        CsvUpload roomy = new CsvUpload(Set.of("code", "name"), Set.of(), 10_000_000);
        Path large = file("code,name\n" + "S1,Agence\n".repeat(20_000));
        List<Long> reported = new ArrayList<>();
        roomy.read(large, "large.csv", reported::add, row -> { }, problems);
        assertTrue(reported.size() >= 2, "progress reported " + reported.size() + " times");
        assertTrue(reported.get(reported.size() - 1) <= Files.size(large));
    }
}
