package io.terrain.indicators.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GranularityTest {

    @Test
    void weeksStartOnTheFirstMondayOfTheWindow() {
        // 2024-01-03 is a Wednesday; the next Mondays are the 8th, 15th and 22nd.
        assertEquals(List.of(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 22)),
                Granularity.WEEK.periodStarts(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 22)));
    }

    @Test
    void monthsStartOnTheFirstAndIncludeAStartingFirst() {
        assertEquals(List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)),
                Granularity.MONTH.periodStarts(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
        assertEquals(List.of(LocalDate.of(2024, 2, 1)),
                Granularity.MONTH.periodStarts(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 2, 29)));
    }

    @Test
    void daysAreEveryDayAcrossALeapDay() {
        assertEquals(3, Granularity.DAY.periodStarts(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1)).size());
    }

    @Test
    void anInvertedWindowHasNoPeriods() {
        assertTrue(Granularity.WEEK.periodStarts(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)).isEmpty());
    }
}
