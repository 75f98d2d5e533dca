package io.terrain.platform.csv;

import io.terrain.platform.api.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;

/** One data row of an uploaded CSV: its line number in the file and its values by column name (blank is null). */
public record CsvRow(int line, Map<String, String> values) {

    /** Strict: 31/02/2026 is an error, never silently 28/02/2026. */
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);


    public String get(String column) {
        return values.get(column);
    }

    /**
     * The column as a date, ISO (2024-03-31) or French (31/03/2024); null when empty (a problem
     * if {@code required}) or unreadable (a problem naming the line, the column and the value).
     */
    public LocalDate date(String column, boolean required, List<Problem> problems) {
        String text = get(column);
        if (text == null) {
            if (required) {
                problems.add(Problem.atLine(line, column, "field.required"));
            }
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text.strip(), FRENCH_DATE) : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(Problem.atLine(line, column, "csv.value.date", text));
            return null;
        }
    }
}
