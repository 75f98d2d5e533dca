package io.terrain.pilots.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.terrain.pilots.control.Contamination.OtherPilot;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContaminationTest {

    private static final LocalDate BASELINE_FROM = LocalDate.of(2026, 1, 5);
    private static final LocalDate PILOT_TO = LocalDate.of(2026, 4, 26);

    @Test
    void pilotSitesOfAPilotTreatingDuringTheWindowsAreExcluded() {
        OtherPilot during = new OtherPilot(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 31), List.of(11L, 12L));
        OtherPilot touchingTheBaselineStart = new OtherPilot(LocalDate.of(2025, 11, 3), BASELINE_FROM, List.of(13L));
        OtherPilot touchingTheEnd = new OtherPilot(PILOT_TO, LocalDate.of(2026, 7, 1), List.of(14L));
        assertEquals(Set.of(11L, 12L, 13L, 14L), Contamination.treatedMeanwhile(BASELINE_FROM, PILOT_TO,
                List.of(during, touchingTheBaselineStart, touchingTheEnd)));
    }

    @Test
    void pilotsBeforeAfterOrUndatedContaminateNothing() {
        OtherPilot before = new OtherPilot(LocalDate.of(2025, 9, 1), BASELINE_FROM.minusDays(1), List.of(21L));
        OtherPilot after = new OtherPilot(PILOT_TO.plusDays(1), LocalDate.of(2026, 9, 1), List.of(22L));
        OtherPilot undated = new OtherPilot(null, null, List.of(23L));
        assertEquals(Set.of(), Contamination.treatedMeanwhile(BASELINE_FROM, PILOT_TO, List.of(before, after, undated)));
        assertEquals(Set.of(), Contamination.treatedMeanwhile(null, PILOT_TO,
                List.of(new OtherPilot(BASELINE_FROM, PILOT_TO, List.of(24L)))), "a pilot without windows has no one to exclude yet");
    }
}
