package io.terrain.indicators.control;

import io.terrain.platform.api.Jsons;
import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Measurements sent as a JSON array of objects ({@code siteCode, kpiCode, periodStart, value,
 * numerator, denominator, promoters, passives, detractors, sampleSize, source}), read with a
 * streaming parser: each object becomes a row like a CSV line, numbered from 1, and goes through
 * the same checks.
 */
final class MeasurementJson {

    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("siteCode", "site_code"), Map.entry("kpiCode", "kpi_code"), Map.entry("periodStart", "period_start"),
            Map.entry("value", "value"), Map.entry("numerator", "numerator"), Map.entry("denominator", "denominator"),
            Map.entry("promoters", "promoters"), Map.entry("passives", "passives"), Map.entry("detractors", "detractors"),
            Map.entry("sampleSize", "sample_size"), Map.entry("source", "source"));

    private MeasurementJson() {
    }

    /** Streams every object to {@code rows}; an object that is not a flat measurement goes to {@code shapeProblems}. */
    static void read(Path file, Consumer<CsvRow> rows, List<Problem> shapeProblems) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = Jsons.createParser(in)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new InvalidInput(Problem.atLine(0, null, "json.notArray"));
            }
            int index = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    return;
                }
                index++;
                if (event != JsonParser.Event.START_OBJECT) {
                    shapeProblems.add(Problem.atLine(index, null, "json.notObject"));
                    skip(parser, event);
                    continue;
                }
                readObject(parser, index, rows, shapeProblems);
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidInput(Problem.atLine(0, null, "json.invalid", at == null ? -1 : at.getLineNumber(),
                    at == null ? -1 : at.getColumnNumber()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readObject(JsonParser parser, int index, Consumer<CsvRow> rows, List<Problem> shapeProblems) {
        Map<String, String> values = new HashMap<>();
        String problem = null;
        String problemField = null;
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String field = parser.getString();
            JsonParser.Event valueEvent = parser.next();
            String column = COLUMN_OF_FIELD.get(field);
            if (column == null && problem == null) {
                problem = "json.field.unknown";
                problemField = field;
            }
            switch (valueEvent) {
                case VALUE_STRING -> put(values, column, parser.getString());
                case VALUE_NUMBER -> put(values, column, parser.getBigDecimal().toPlainString());
                case VALUE_NULL -> put(values, column, null);
                default -> {
                    if (problem == null) {
                        problem = "json.field.notScalar";
                        problemField = field;
                    }
                    skip(parser, valueEvent);
                }
            }
        }
        if (problem != null) {
            shapeProblems.add(Problem.atLine(index, problemField, problem, problemField));
        } else {
            rows.accept(new CsvRow(index, values));
        }
    }

    private static void put(Map<String, String> values, String column, String value) {
        if (column != null) {
            values.put(column, value == null || value.isBlank() ? null : value.trim());
        }
    }

    /** Skips a value that opened with this event (an object or an array, however deep). */
    private static void skip(JsonParser parser, JsonParser.Event opened) {
        if (opened == JsonParser.Event.START_OBJECT) {
            parser.skipObject();
        } else if (opened == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        }
    }
}
