package io.terrain.platform.csv;

import java.util.Map;

/** One data row of an uploaded CSV: its line number in the file and its values by column name (blank is null). */
public record CsvRow(int line, Map<String, String> values) {

    public String get(String column) {
        return values.get(column);
    }
}
