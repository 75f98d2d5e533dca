package io.terrain.indicators.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.terrain.indicators.api.Aggregation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** #15 item 11: a chart's weeks are read in one grouped query; its windows and sums, worked by hand. */
class WindowsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 7); // a Monday

    @Test
    void eachDayFallsInItsSevenDayWindow() {
        assertEquals(FROM, Windows.startOf(FROM, FROM, 7));
        assertEquals(FROM, Windows.startOf(FROM.plusDays(6), FROM, 7));
        assertEquals(FROM.plusDays(7), Windows.startOf(FROM.plusDays(7), FROM, 7));
        assertEquals(FROM.minusDays(7), Windows.startOf(FROM.minusDays(1), FROM, 7), "a day before the first window");
    }

    @Test
    void sumsOfTwoPeriodsMakeTheWindowsValue() {
        // Two days of one site in one window: 3 answers averaging 4 and 1 answer of 2 make (12 + 2) / 4 = 3.5.
        Sums monday = new Sums(3, 12, null, null, null, null, null);
        Sums tuesday = new Sums(1, 2, null, null, null, null, null);
        assertEquals(3.5, monday.plus(tuesday).value(Aggregation.MEAN, "pts"), 1e-12);
        // A ratio adds numerators and denominators: (30 + 10) / (100 + 100) = 20 %.
        Sums week1 = new Sums(1, 0, 30.0, 100.0, null, null, null);
        Sums week2 = new Sums(1, 0, 10.0, 100.0, null, null, null);
        assertEquals(20.0, week1.plus(week2).value(Aggregation.RATIO, "%"), 1e-12);
        // NPS from counts: (6 + 4 promoters - 2 detractors) of 20 answers = 40.
        Sums a = new Sums(1, 0, null, null, 6L, 3L, 1L);
        Sums b = new Sums(1, 0, null, null, 4L, 5L, 1L);
        assertEquals(40.0, a.plus(b).value(Aggregation.NPS, "pts"), 1e-12);
        assertNull(new Sums(1, 0, null, null, null, null, null).plus(new Sums(1, 0, null, null, null, null, null))
                .value(Aggregation.NPS, "pts"));
    }
}
