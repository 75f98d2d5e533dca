package io.terrain.indicators.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.indicators.api.Aggregation;
import io.terrain.indicators.api.Granularity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SumsTest {

    @Test
    void aRatioIsTheRatioOfSumsNotTheMeanOfRatios() {
        // Site A: 1 sale of 10 visitors (10%), site B: 90 of 100 (90%): the mean of ratios says 50%,
        // the ratio of sums 91/110.
        Sums both = new Sums(2, 100.0, 91.0, 110.0, null, null, null);
        assertEquals(91.0 / 110 * 100, both.value(Aggregation.RATIO, "%"), 1e-12);
        assertEquals(91.0 / 110, both.value(Aggregation.RATIO, "EUR"), 1e-12);
        assertNull(new Sums(1, 0, 0.0, 0.0, null, null, null).value(Aggregation.RATIO, "%"));
    }

    @Test
    void npsComesFromTheCounts() {
        assertEquals(100.0 * (50 - 20) / 100, new Sums(3, 0, null, null, 50L, 30L, 20L).value(Aggregation.NPS, "pts"), 1e-12);
        assertNull(Sums.nps(0L, 0L, 0L));
    }

    @Test
    void aMeanIsTheMeanOfValues() {
        assertEquals(4.0, new Sums(3, 12.0, null, null, null, null, null).value(Aggregation.MEAN, "/5"), 1e-12);
        assertNull(new Sums(0, 0, null, null, null, null, null).value(Aggregation.MEAN, "/5"));
    }

    @Test
    void periodsStartOnMondaysAndFirstsOfMonths() {
        assertTrue(Granularity.WEEK.isAligned(LocalDate.of(2026, 11, 16)));
        assertFalse(Granularity.WEEK.isAligned(LocalDate.of(2026, 11, 17)));
        assertTrue(Granularity.MONTH.isAligned(LocalDate.of(1992, 2, 1)));
        assertFalse(Granularity.MONTH.isAligned(LocalDate.of(1992, 2, 2)));
        assertTrue(Granularity.DAY.isAligned(LocalDate.of(1992, 2, 2)));
    }
}
