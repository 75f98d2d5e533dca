package io.terrain.waves.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.terrain.waves.api.RolloutOverview.AdoptionPoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdoptionCurveTest {

    @Test
    void cumulatesPlannedAndAdoptedSitesAtEachMonthEndAndStopsTheActualAtTodaysMonth() {
        // Wave A (30 sites) goes live 15 Jan, wave B (20) on 1 Apr; 10 sites adopted 20 Jan, 5 on 28 Feb, 12 on 3 Mar.
        Map<LocalDate, Long> goLive = Map.of(LocalDate.of(2027, 1, 15), 30L, LocalDate.of(2027, 4, 1), 20L);
        Map<LocalDate, Long> adopted = Map.of(LocalDate.of(2027, 1, 20), 10L, LocalDate.of(2027, 2, 28), 5L, LocalDate.of(2027, 3, 3), 12L);
        List<AdoptionPoint> curve = AdoptionCurve.monthly(goLive, adopted, LocalDate.of(2027, 3, 10));
        assertEquals(List.of(new AdoptionPoint(LocalDate.of(2027, 1, 31), 30, 10L), new AdoptionPoint(LocalDate.of(2027, 2, 28), 30, 15L),
                new AdoptionPoint(LocalDate.of(2027, 3, 31), 30, 27L), new AdoptionPoint(LocalDate.of(2027, 4, 30), 50, null)), curve);
    }

    @Test
    void runsToTodaysMonthWhenTheLastWaveIsPast() {
        List<AdoptionPoint> curve = AdoptionCurve.monthly(Map.of(LocalDate.of(2027, 1, 4), 8L), Map.of(), LocalDate.of(2027, 3, 2));
        assertEquals(3, curve.size());
        assertEquals(new AdoptionPoint(LocalDate.of(2027, 3, 31), 8, 0L), curve.get(2));
    }

    @Test
    void startsAtTodaysMonthWhenTheFirstWaveIsStillAhead() {
        List<AdoptionPoint> curve = AdoptionCurve.monthly(Map.of(LocalDate.of(2027, 3, 22), 40L), Map.of(), LocalDate.of(2026, 11, 30));
        assertEquals(List.of(new AdoptionPoint(LocalDate.of(2026, 11, 30), 0, 0L), new AdoptionPoint(LocalDate.of(2026, 12, 31), 0, null),
                new AdoptionPoint(LocalDate.of(2027, 1, 31), 0, null), new AdoptionPoint(LocalDate.of(2027, 2, 28), 0, null),
                new AdoptionPoint(LocalDate.of(2027, 3, 31), 40, null)), curve);
    }

    @Test
    void isEmptyWhenNothingIsPlannedNorAdopted() {
        assertEquals(List.of(), AdoptionCurve.monthly(Map.of(), Map.of(), LocalDate.of(2027, 3, 2)));
    }

    @Test
    void keepsTheLastSixtyMonthsOfALongerPlan() {
        List<AdoptionPoint> curve = AdoptionCurve.monthly(Map.of(LocalDate.of(2020, 1, 6), 1L), Map.of(), LocalDate.of(2027, 6, 1));
        assertEquals(60, curve.size());
        assertEquals(LocalDate.of(2027, 6, 30), curve.get(59).monthEnd());
    }
}
