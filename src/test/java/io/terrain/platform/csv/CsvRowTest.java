package io.terrain.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.terrain.platform.api.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRowTest {

    @Test
    void readsIsoAndFrenchDates() {
        List<Problem> problems = new ArrayList<>();
        CsvRow row = new CsvRow(4, Map.of("a", "2026-02-28", "b", "28/02/2026"));
        assertEquals(LocalDate.of(2026, 2, 28), row.date("a", true, problems));
        assertEquals(LocalDate.of(2026, 2, 28), row.date("b", true, problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void aDayThatDoesNotExistIsAnErrorNotTheLastDayOfTheMonth() {
        List<Problem> problems = new ArrayList<>();
        CsvRow row = new CsvRow(6, Map.of("french", "31/02/2026", "iso", "2026-02-31"));
        assertNull(row.date("french", true, problems));
        assertNull(row.date("iso", true, problems));
        assertEquals(List.of(Problem.atLine(6, "french", "csv.value.date", "31/02/2026"),
                Problem.atLine(6, "iso", "csv.value.date", "2026-02-31")), problems);
    }
}
