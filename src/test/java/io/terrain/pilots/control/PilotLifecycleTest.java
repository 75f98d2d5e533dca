package io.terrain.pilots.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.pilots.api.PilotStatus;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.api.StatusChange;
import io.terrain.platform.api.Problem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PilotLifecycleTest {

    private static final LocalDate DESIGNED = LocalDate.of(2026, 1, 5);

    private static PilotSummary pilot(PilotStatus status, List<Long> pilotSites, List<Long> controls) {
        return new PilotSummary(1, "P", null, null, List.of(), status, DESIGNED, DESIGNED.plusWeeks(8), DESIGNED.plusWeeks(9),
                DESIGNED.plusWeeks(20), List.of(), List.of(), List.of(), List.of(), pilotSites, controls,
                List.of(new StatusChange(status, DESIGNED, "manager", LocalDateTime.of(2026, 1, 5, 9, 0))), 0);
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::key).toList();
    }

    @Test
    void aPilotIsLaunchedOnceItHasPilotAndControlSites() {
        assertEquals(List.of("pilot.status.noSites"),
                codes(PilotLifecycle.checkMove(pilot(PilotStatus.DESIGN, List.of(1L), List.of()), PilotStatus.RUNNING, DESIGNED, TODAY)));
        assertEquals(List.of(), PilotLifecycle.checkMove(pilot(PilotStatus.DESIGN, List.of(1L), List.of(2L)), PilotStatus.RUNNING, DESIGNED, TODAY));
    }

    @Test
    void statusesFollowInOrderAndDatesDoNotGoBack() {
        PilotSummary design = pilot(PilotStatus.DESIGN, List.of(1L), List.of(2L));
        assertEquals(List.of("pilot.status.move"), codes(PilotLifecycle.checkMove(design, PilotStatus.MEASURED, DESIGNED, TODAY)));
        assertEquals(List.of(), PilotLifecycle.checkMove(design, PilotStatus.RUNNING, DESIGNED.minusYears(30), TODAY),
                "a pilot entered afterwards is launched before the day it was entered");
        assertEquals(List.of("pilot.status.future"), codes(PilotLifecycle.checkMove(design, PilotStatus.RUNNING, TODAY.plusDays(1), TODAY)));
        assertEquals(List.of("effectiveOn"), PilotLifecycle.checkMove(design, PilotStatus.RUNNING, null, TODAY).stream().map(Problem::field)
                .toList());
        PilotSummary running = new PilotSummary(1, "P", null, null, List.of(), PilotStatus.RUNNING, DESIGNED, DESIGNED.plusWeeks(8),
                DESIGNED.plusWeeks(9), DESIGNED.plusWeeks(20), List.of(), List.of(), List.of(), List.of(), List.of(1L), List.of(2L),
                List.of(new StatusChange(PilotStatus.DESIGN, DESIGNED, "manager", LocalDateTime.of(2026, 1, 5, 9, 0)),
                        new StatusChange(PilotStatus.RUNNING, DESIGNED.plusWeeks(9), "manager", LocalDateTime.of(2026, 3, 9, 9, 0))), 1);
        assertEquals(List.of("pilot.status.beforeLast"),
                codes(PilotLifecycle.checkMove(running, PilotStatus.MEASURED, DESIGNED.plusWeeks(9).minusDays(1), TODAY)),
                "measured before it was launched");
        assertEquals(List.of(), PilotLifecycle.checkMove(running, PilotStatus.MEASURED, DESIGNED.plusWeeks(20), TODAY));
        assertEquals(List.of(PilotStatus.RUNNING), PilotLifecycle.manualMoves(PilotStatus.DESIGN));
        assertEquals(List.of(PilotStatus.MEASURED), PilotLifecycle.manualMoves(PilotStatus.RUNNING));
        assertEquals(List.of(), PilotLifecycle.manualMoves(PilotStatus.MEASURED), "a measured pilot waits for its decision");
        assertEquals(List.of(PilotStatus.RUNNING), PilotLifecycle.manualMoves(PilotStatus.EXTENDED), "an extended pilot runs again");
        assertTrue(PilotLifecycle.manualMoves(PilotStatus.VALIDATED).isEmpty());
    }

    @Test
    void onlyAMeasuredPilotIsDecided() {
        assertEquals(List.of("pilot.decision.notMeasured"), codes(PilotLifecycle.checkDecision(PilotStatus.RUNNING, PilotStatus.VALIDATED)));
        assertEquals(List.of("pilot.decision.outcome"), codes(PilotLifecycle.checkDecision(PilotStatus.MEASURED, PilotStatus.RUNNING)));
        for (PilotStatus outcome : List.of(PilotStatus.VALIDATED, PilotStatus.REJECTED, PilotStatus.EXTENDED)) {
            assertEquals(List.of(), PilotLifecycle.checkDecision(PilotStatus.MEASURED, outcome));
        }
        assertEquals(List.of("pilot.decision.notMeasured"), codes(PilotLifecycle.checkDecision(PilotStatus.VALIDATED, PilotStatus.REJECTED)));
    }
}
