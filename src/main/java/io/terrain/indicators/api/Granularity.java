package io.terrain.indicators.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The period a measurement covers; its start date must be aligned (weeks start on Monday, months,
 * quarters and years on their first day: an annual engagement survey is measured per YEAR).
 */
public enum Granularity {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    public boolean isAligned(LocalDate periodStart) {
        return switch (this) {
            case DAY -> true;
            case WEEK -> periodStart.getDayOfWeek() == DayOfWeek.MONDAY;
            case MONTH -> periodStart.getDayOfMonth() == 1;
            case QUARTER -> periodStart.getDayOfMonth() == 1 && (periodStart.getMonthValue() - 1) % 3 == 0;
            case YEAR -> periodStart.getDayOfYear() == 1;
        };
    }

    /** The aligned period starts from {@code from} to {@code to}, both included; empty when to &lt; from. */
    public List<LocalDate> periodStarts(LocalDate from, LocalDate to) {
        List<LocalDate> starts = new ArrayList<>();
        LocalDate start = switch (this) {
            case DAY -> from;
            case WEEK -> from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            case MONTH -> from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
            case QUARTER, YEAR -> firstPeriodFrom(from);
        };
        for (LocalDate d = start; !d.isAfter(to); d = next(d)) {
            starts.add(d);
        }
        return starts;
    }

    public LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case DAY -> periodStart.plusDays(1);
            case WEEK -> periodStart.plusWeeks(1);
            case MONTH -> periodStart.plusMonths(1);
            case QUARTER -> periodStart.plusMonths(3);
            case YEAR -> periodStart.plusYears(1);
        };
    }

    /** The start of the period a day falls in. */
    public LocalDate periodContaining(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first period starting on or after a day (an adoption on a period's first day belongs to that period). */
    public LocalDate firstPeriodFrom(LocalDate day) {
        LocalDate containing = periodContaining(day);
        return containing.equals(day) ? day : next(containing);
    }
}
