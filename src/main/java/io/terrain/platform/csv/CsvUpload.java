package io.terrain.platform.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Reads an uploaded CSV file row by row, without holding it in memory.
 *
 * <p>The file as a whole is refused ({@link InvalidInput} with a problem on line 0 or the line where
 * it broke) when it is too large, empty, binary, not UTF-8, or when its header lacks a required
 * column or has one nobody expects. Rows with the wrong number of fields are reported and skipped.
 * Comma or semicolon separators are both accepted (French spreadsheets write semicolons); a UTF-8
 * byte-order mark is ignored.
 */
public final class CsvUpload {

    private static final String ROW_FIELD_COUNT = "csv.row.fieldCount";

    private final Set<String> required;
    private final Set<String> optional;
    private final long maxBytes;

    public CsvUpload(Set<String> required, Set<String> optional, long maxBytes) {
        this.required = Set.copyOf(required);
        this.optional = Set.copyOf(optional);
        this.maxBytes = maxBytes;
    }

    /** How many rows {@link #read} skipped for their shape (not passed on, so not in its count). */
    public static long malformedRows(List<Problem> problems) {
        return problems.stream().filter(p -> p.key().equals(ROW_FIELD_COUNT)).map(Problem::line).distinct().count();
    }

    /**
     * Streams every well-formed data row to {@code rows}; adds row-shape problems to {@code problems}.
     *
     * @param bytesRead told how far into the file the reader is, for a progress bar
     * @return the number of data rows read
     */
    public int read(Path file, String fileName, LongConsumer bytesRead, Consumer<CsvRow> rows, List<Problem> problems) {
        checkFile(file, fileName);
        int count = 0;
        try (InputStream in = new CountingStream(Files.newInputStream(file), bytesRead)) {
            char separator = detectSeparator(file);
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            var reader = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(true)
                    .allowExtraFields(true).allowMissingFields(true).detectBomHeader(false)
                    .ofCsvRecord(new InputStreamReader(new BufferedInputStream(in), decoder));
            List<String> header = null;
            long line = 1;
            try (reader) {
                for (CsvRecord record : reader) {
                    line = record.getStartingLineNumber();
                    if (header == null) {
                        header = checkHeader(record.getFields());
                        continue;
                    }
                    if (record.getFieldCount() != header.size()) {
                        problems.add(Problem.atLine((int) line, null, ROW_FIELD_COUNT, header.size(), record.getFieldCount()));
                        continue;
                    }
                    Map<String, String> values = new HashMap<>(header.size() * 2);
                    for (int i = 0; i < header.size(); i++) {
                        String value = record.getField(i).trim();
                        values.put(header.get(i), value.isEmpty() ? null : value);
                    }
                    rows.accept(new CsvRow((int) line, values));
                    count++;
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw new InvalidInput(Problem.atLine((int) line, null, "csv.notUtf8", line));
                }
                throw e;
            }
            if (header == null) {
                throw new InvalidInput(Problem.atLine(1, null, "csv.header.absent", String.join(", ", required)));
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInput(Problem.atLine(0, null, "csv.notUtf8", 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    private void checkFile(Path file, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".txt")) {
            throw new InvalidInput(Problem.atLine(0, null, "csv.notCsv", fileName));
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new InvalidInput(Problem.atLine(0, null, "csv.empty"));
            }
            if (size > maxBytes) {
                throw new InvalidInput(Problem.atLine(0, null, "csv.tooLarge", maxBytes / (1024 * 1024)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(8192);
                for (byte b : head) {
                    if (b == 0) {
                        throw new InvalidInput(Problem.atLine(0, null, "csv.binary"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> checkHeader(List<String> fields) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).trim().toLowerCase(Locale.ROOT);
            header.add(i == 0 && name.startsWith("\uFEFF") ? name.substring(1) : name);
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>(required);
        header.forEach(missing::remove);
        if (!missing.isEmpty()) {
            problems.add(Problem.atLine(1, String.join(", ", missing), "csv.header.missing", String.join(", ", missing)));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String column : header) {
            if (!required.contains(column) && !optional.contains(column)) {
                problems.add(Problem.atLine(1, column, "csv.header.unknown", column, expectedColumns()));
            } else if (!seen.add(column)) {
                problems.add(Problem.atLine(1, column, "csv.header.duplicate", column));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return header;
    }

    private String expectedColumns() {
        Set<String> all = new LinkedHashSet<>(required);
        all.addAll(optional);
        return String.join(", ", all.stream().sorted().toList());
    }

    /** Semicolon when the header line has more semicolons than commas, comma otherwise. */
    static char detectSeparator(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
            int end = head.indexOf('\n');
            String firstLine = end < 0 ? head : head.substring(0, end);
            long semicolons = firstLine.chars().filter(c -> c == ';').count();
            long commas = firstLine.chars().filter(c -> c == ',').count();
            return semicolons > commas ? ';' : ',';
        }
    }

    /** Tells a listener how many bytes have been read, at most once per 64 KB. */
    private static final class CountingStream extends FilterInputStream {
        private final LongConsumer listener;
        private long count;
        private long reported;

        CountingStream(InputStream in, LongConsumer listener) {
            super(in);
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(long n) {
            count += n;
            if (count - reported >= 65_536) {
                reported = count;
                listener.accept(count);
            }
        }
    }
}
