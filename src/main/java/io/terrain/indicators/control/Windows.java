package io.terrain.indicators.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Windows of a fixed number of days laid from a first day (a chart's weeks from a pilot's baseline start). */
public final class Windows {

    private Windows() {
    }

    /** The first day of the window a day falls in; days before {@code from} fall in windows before it. */
    public static LocalDate startOf(LocalDate day, LocalDate from, int windowDays) {
        long index = Math.floorDiv(ChronoUnit.DAYS.between(from, day), windowDays);
        return from.plusDays(index * windowDays);
    }
}
