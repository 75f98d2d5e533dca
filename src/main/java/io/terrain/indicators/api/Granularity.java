package io.terrain.indicators.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

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

    /** The aligned period starts from {@code from} to {@code to}, both included; empty when to &lt; from. */
    public List<LocalDate> periodStarts(LocalDate from, LocalDate to) {
        List<LocalDate> starts = new ArrayList<>();
        LocalDate start = switch (this) {
            case DAY -> from;
            case WEEK -> from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            case MONTH -> from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        };
        for (LocalDate d = start; !d.isAfter(to); d = next(d)) {
            starts.add(d);
        }
        return starts;
    }

    private LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case DAY -> periodStart.plusDays(1);
            case WEEK -> periodStart.plusWeeks(1);
            case MONTH -> periodStart.plusMonths(1);
        };
    }
}
