package io.terrain.pilots.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.terrain.pilots.api.PerceptionDraft;
import io.terrain.platform.api.Problem;
import io.terrain.platform.csv.CsvRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerceptionCsvTest {

    private static final Map<String, Long> PILOT_SITES = Map.of("S0001", 1L, "S0002", 2L);

    private static CsvRow row(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new CsvRow(7, values);
    }

    @Test
    void oneScoreColumnPerImprovementInThePilotsOrder() {
        assertEquals(List.of("site_code", "responded_on", "score_1", "score_2", "recommend", "comment"), PerceptionCsv.columns(2));
        assertEquals(List.of("site_code", "responded_on", "score_1", "recommend"), List.copyOf(PerceptionCsv.required(1)));
    }

    @Test
    void aGoodRowBecomesAResponse() {
        List<Problem> problems = new ArrayList<>();
        PerceptionDraft d = PerceptionCsv.parse(row("site_code", "S0002", "responded_on", "15/01/2026", "score_1", "4", "score_2", "5",
                "recommend", "9", "comment", "Plus fluide"), PILOT_SITES, 2, problems);
        assertEquals(List.of(), problems);
        assertEquals(new PerceptionDraft(2L, LocalDate.of(2026, 1, 15), List.of(4, 5), 9, "Plus fluide"), d);
    }

    @Test
    void everyProblemOfARowNamesItsLineAndColumn() {
        List<Problem> problems = new ArrayList<>();
        PerceptionDraft d = PerceptionCsv.parse(row("site_code", "S0009", "responded_on", "2026-13-01", "score_1", "6", "score_2", "x",
                "recommend", "11"), PILOT_SITES, 2, problems);
        assertNull(d);
        assertEquals(List.of("site_code:pilot.perception.notPilotSite", "responded_on:csv.value.date", "score_1:pilot.perception.range",
                "score_2:csv.value.integer", "recommend:pilot.perception.range"),
                problems.stream().map(p -> p.field() + ":" + p.key()).toList());
        assertEquals(List.of(7), problems.stream().map(Problem::line).distinct().toList());
    }

    @Test
    void missingValuesAreRequired() {
        List<Problem> problems = new ArrayList<>();
        assertNull(PerceptionCsv.parse(row("site_code", "S0001"), PILOT_SITES, 1, problems));
        assertEquals(List.of("responded_on", "score_1", "recommend"), problems.stream().map(Problem::field).toList());
    }
}
