package io.terrain.pilots.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.terrain.pilots.api.PilotStatus;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.platform.api.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PilotResultsChartTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    /** Two weeks of baseline, then two of pilot; sites 1 and 2 pilot, 3 and 4 control. */
    private static final PilotSummary PILOT = new PilotSummary(1, "Accueil", null, null, List.of(), PilotStatus.RUNNING, MONDAY,
            MONDAY.plusDays(13), MONDAY.plusDays(14), MONDAY.plusDays(27), List.of(), List.of(), List.of(), List.of(), List.of(1L, 2L),
            List.of(3L, 4L), List.of(), 1);

    private static JsonObject chart(Map<LocalDate, Map<Long, Double>> weeks) {
        return Jsons.createReader(new StringReader(new PilotResultsChart(PILOT, Locale.ENGLISH).write(weeks))).readObject();
    }

    private static JsonArray dataset(JsonObject chart, int index) {
        return chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(index).getJsonArray("data");
    }

    @Test
    void eachGroupsMeanPerWeekWithAGapWhereNoSiteWasMeasured() {
        JsonObject chart = chart(Map.of(
                MONDAY, Map.of(1L, 7.0, 2L, 8.0, 3L, 6.0, 4L, 6.5),
                MONDAY.plusDays(7), Map.of(1L, 7.5, 3L, 6.2),
                MONDAY.plusDays(21), Map.of(1L, 8.333, 2L, 9.0, 4L, 6.0)));
        assertEquals(List.of("2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28"),
                chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("[7.5,7.5,null,8.67]", dataset(chart, 0).toString(), "pilot sites: (7+8)/2, 7.5, none, (8.333+9)/2 rounded");
        assertEquals("[6.25,6.2,null,6.0]", dataset(chart, 1).toString(), "control sites");
        assertEquals("Pilot sites", chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
    }

    @Test
    void theBandsShadeTheBaselineAndThePilotWeeks() {
        JsonObject chart = chart(Map.of());
        assertEquals("[1,1,null,null]", dataset(chart, 2).toString(), "baseline window");
        assertEquals("[null,null,1,1]", dataset(chart, 3).toString(), "pilot window");
    }
}
