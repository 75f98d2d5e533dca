package io.terrain.network.control;

import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Typed values from a CSV row; a value that does not parse adds a problem naming line and column. */
final class CsvValues {


    private final CsvRow row;
    private final List<Problem> problems;

    CsvValues(CsvRow row, List<Problem> problems) {
        this.row = row;
        this.problems = problems;
    }

    String text(String column) {
        return row.get(column);
    }

    /** Decimal with a point or a French comma. */
    BigDecimal decimal(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(Problem.atLine(row.line(), column, "csv.value.number", value));
            return null;
        }
    }

    Integer integer(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(Problem.atLine(row.line(), column, "csv.value.integer", value));
            return null;
        }
    }

    /** ISO date (2024-03-31) or French (31/03/2024). */
    LocalDate date(String column) {
        return row.date(column, false, problems);
    }

    void problem(String column, String key, Object... args) {
        problems.add(Problem.atLine(row.line(), column, key, args));
    }

    int line() {
        return row.line();
    }
}
