package io.terrain.pilots.control;

import io.terrain.pilots.api.PilotStatus;
import io.terrain.pilots.api.PilotSummary;
import io.terrain.pilots.api.StatusChange;
import io.terrain.platform.api.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which status may follow which. A pilot is launched once it has pilot and control sites, measured
 * when its window is over, and decided only once measured; an extended pilot is launched again.
 */
public final class PilotLifecycle {

    private static final Map<PilotStatus, Set<PilotStatus>> NEXT = new EnumMap<>(PilotStatus.class);

    static {
        NEXT.put(PilotStatus.DESIGN, EnumSet.of(PilotStatus.RUNNING));
        NEXT.put(PilotStatus.RUNNING, EnumSet.of(PilotStatus.MEASURED));
        NEXT.put(PilotStatus.MEASURED, EnumSet.of(PilotStatus.VALIDATED, PilotStatus.REJECTED, PilotStatus.EXTENDED));
        NEXT.put(PilotStatus.EXTENDED, EnumSet.of(PilotStatus.RUNNING));
        NEXT.put(PilotStatus.VALIDATED, EnumSet.noneOf(PilotStatus.class));
        NEXT.put(PilotStatus.REJECTED, EnumSet.noneOf(PilotStatus.class));
    }

    private PilotLifecycle() {
    }

    /** The statuses a program manager may move the pilot to by hand (decisions go through the gate). */
    public static List<PilotStatus> manualMoves(PilotStatus from) {
        return NEXT.get(from).stream().filter(s -> !s.isDecision()).toList();
    }

    /**
     * Problems with moving {@code pilot} to {@code to} on {@code effectiveOn}; empty when the move
     * is allowed. A move is dated today or earlier, and not before the previous launch, measurement
     * or decision; it may come before the day the pilot was entered (a pilot recorded afterwards).
     */
    public static List<Problem> checkMove(PilotSummary pilot, PilotStatus to, LocalDate effectiveOn, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (to == null || !NEXT.get(pilot.status()).contains(to)) {
            problems.add(Problem.of("status", "pilot.status.move", pilot.status(), String.valueOf(to)));
            return problems;
        }
        if (to == PilotStatus.RUNNING && (pilot.pilotSiteIds().isEmpty() || pilot.controlSiteIds().isEmpty())) {
            problems.add(Problem.of("status", "pilot.status.noSites"));
        }
        if (effectiveOn == null) {
            problems.add(Problem.of("effectiveOn", "field.required"));
        } else if (effectiveOn.isAfter(today)) {
            problems.add(Problem.of("effectiveOn", "pilot.status.future", effectiveOn));
        } else {
            LocalDate last = lastMove(pilot.history());
            if (last != null && effectiveOn.isBefore(last)) {
                problems.add(Problem.of("effectiveOn", "pilot.status.beforeLast", last));
            }
        }
        return problems;
    }

    /** Problems with deciding now; the gate's own rule is checked apart. */
    public static List<Problem> checkDecision(PilotStatus from, PilotStatus outcome) {
        if (outcome == null || !outcome.isDecision()) {
            return List.of(Problem.of("outcome", "pilot.decision.outcome"));
        }
        if (!NEXT.get(from).contains(outcome)) {
            return List.of(Problem.of("outcome", "pilot.decision.notMeasured", from));
        }
        return List.of();
    }

    private static LocalDate lastMove(List<StatusChange> history) {
        return history.stream().filter(c -> c.status() != PilotStatus.DESIGN).map(StatusChange::effectiveOn)
                .reduce((first, second) -> second).orElse(null);
    }
}
