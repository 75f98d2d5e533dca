package io.terrain.indicators.api;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** The period a measurement covers; its start date must be aligned (weeks start on Monday). */
public enum Granularity {
    DAY,
    WEEK,
    MONTH;

    public boolean isAligned(LocalDate periodStart) {
        return switch (this) {
            case DAY -> true;
            case WEEK -> periodStart.getDayOfWeek() == DayOfWeek.MONDAY;
            case MONTH -> periodStart.getDayOfMonth() == 1;
        };
    }
}
