package io.terrain.dashboards.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.terrain.waves.api.RolloutOverview.StatusCounts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DashboardFiguresTest {

    private static final ExecutiveDashboard EMPTY = new ExecutiveDashboard(null, List.of(), new Place(PlaceLevel.NETWORK, null, "Network"),
            List.of(), LocalDate.of(2026, 12, 1), StatusCounts.NONE, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            new ExecutiveDashboard.LineManagement(Map.of(), List.of(), List.of(), 0), new ExecutiveDashboard.Coaching(0, 0, 0, 0, 4, List.of()),
            List.of(), Map.of(), LocalDateTime.of(2026, 12, 1, 9, 0));

    @Test
    void aChartIsWrittenOnceForEveryReaderOfTheSameFigures() {
        DashboardFigures figures = new DashboardFigures(EMPTY);
        AtomicInteger written = new AtomicInteger();
        for (int reader = 0; reader < 3; reader++) {
            assertEquals("{\"type\":\"doughnut\"}", figures.derived("en|coverage", () -> {
                written.incrementAndGet();
                return "{\"type\":\"doughnut\"}";
            }));
        }
        assertEquals(1, written.get());
    }

    @Test
    void eachLanguageAndChartIsKeptApart() {
        DashboardFigures figures = new DashboardFigures(EMPTY);
        figures.derived("en|coverage", () -> "Adopted");
        assertEquals("Adoptés", figures.derived("fr|coverage", () -> "Adoptés"));
        assertEquals("Adopted", figures.derived("en|coverage", () -> "not written again"));
        assertEquals("{}", figures.derived("en|curve", () -> "{}"));
    }

    @Test
    void figuresAreRequired() {
        assertThrows(NullPointerException.class, () -> new DashboardFigures(null));
    }
}
