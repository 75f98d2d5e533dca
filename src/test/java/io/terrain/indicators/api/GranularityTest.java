package io.terrain.indicators.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void quartersStartInJanuaryAprilJulyAndOctober() {
        assertTrue(Granularity.QUARTER.isAligned(LocalDate.of(2024, 4, 1)));
        assertFalse(Granularity.QUARTER.isAligned(LocalDate.of(2024, 5, 1)));
        assertEquals(List.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 1)),
                Granularity.QUARTER.periodStarts(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 7, 1)));
        assertEquals(LocalDate.of(2024, 7, 1), Granularity.QUARTER.periodContaining(LocalDate.of(2024, 9, 30)));
    }

    @Test
    void yearsStartOnTheFirstOfJanuary() {
        assertTrue(Granularity.YEAR.isAligned(LocalDate.of(2004, 1, 1)));
        assertFalse(Granularity.YEAR.isAligned(LocalDate.of(2004, 1, 2)));
        assertEquals(List.of(LocalDate.of(2004, 1, 1), LocalDate.of(2005, 1, 1)),
                Granularity.YEAR.periodStarts(LocalDate.of(2003, 6, 1), LocalDate.of(2005, 12, 31)));
    }

    @Test
    void anAdoptionBelongsToTheFirstPeriodStartingOnOrAfterIt() {
        assertEquals(LocalDate.of(2004, 1, 1), Granularity.YEAR.firstPeriodFrom(LocalDate.of(2004, 1, 1)));
        assertEquals(LocalDate.of(2005, 1, 1), Granularity.YEAR.firstPeriodFrom(LocalDate.of(2004, 3, 15)));
        assertEquals(LocalDate.of(2026, 12, 7), Granularity.WEEK.firstPeriodFrom(LocalDate.of(2026, 12, 1)));
        assertEquals(LocalDate.of(2026, 11, 30), Granularity.WEEK.firstPeriodFrom(LocalDate.of(2026, 11, 30)));
    }
}
