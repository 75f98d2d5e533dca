package io.terrain.coaches.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A coach's week: visits planned or logged, the distinct days they fall on, against capacity in
 * visit days per week; over-allocated when the days exceed the capacity.
 */
public record WeekLoad(long coachId, String coachName, LocalDate weekStart, int visits, int visitDays, BigDecimal capacityDays,
                       boolean overAllocated) implements Serializable {

    public static WeekLoad of(long coachId, String coachName, LocalDate weekStart, int visits, int visitDays, BigDecimal capacityDays) {
        return new WeekLoad(coachId, coachName, weekStart, visits, visitDays, capacityDays,
                BigDecimal.valueOf(visitDays).compareTo(capacityDays) > 0);
    }
}
