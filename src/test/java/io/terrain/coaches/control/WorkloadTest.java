package io.terrain.coaches.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.coaches.api.CoachDraft;
import io.terrain.coaches.api.CoachStatus;
import io.terrain.coaches.api.VisitDraft;
import io.terrain.coaches.api.VisitPurpose;
import io.terrain.coaches.api.WeekLoad;
import io.terrain.coaches.entity.Coach;
import io.terrain.coaches.entity.Visit;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    private static Coach coach(long id, String capacity) throws Exception {
        Coach coach = new Coach(100 + id);
        coach.apply(new CoachDraft(100 + id, null, null, LocalDate.of(2026, 1, 5), null, null, new BigDecimal(capacity), List.of("fr"),
                CoachStatus.ACTIVE, List.of()));
        Field field = Coach.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(coach, id);
        return coach;
    }

    private static Visit visit(long coach, LocalDate day) {
        return new Visit(new VisitDraft(UUID.randomUUID().toString(), coach, 9L, day, LocalTime.NOON, 60, VisitPurpose.COACHING, null));
    }

    @Test
    void visitDaysAreCountedPerMondayWeekAgainstCapacity() throws Exception {
        // Week of Monday 2026-11-16: three visits on two days for coach 1 (capacity 1.5) -> over-allocated.
        // Week of 2026-11-23: one visit for coach 1. Coach 2 (capacity 2) has two visits on two days.
        LocalDate monday = LocalDate.of(2026, 11, 16);
        List<Visit> visits = List.of(visit(1, monday), visit(1, monday), visit(1, monday.plusDays(2)), visit(1, monday.plusWeeks(1)),
                visit(2, monday.plusDays(1)), visit(2, monday.plusDays(4)));
        List<WeekLoad> loads = Workload.of(List.of(coach(1, "1.5"), coach(2, "2")), Map.of(1L, "Anne", 2L, "Paul"), visits,
                monday.plusDays(3), monday.plusWeeks(1).plusDays(6));
        assertEquals(4, loads.size(), "two coaches × two weeks, the first week found from a Thursday");
        WeekLoad anneFirst = loads.get(0);
        assertEquals(monday, anneFirst.weekStart());
        assertEquals(3, anneFirst.visits());
        assertEquals(2, anneFirst.visitDays());
        assertTrue(anneFirst.overAllocated(), "2 days against 1.5");
        assertEquals(1, loads.get(1).visitDays());
        assertFalse(loads.get(1).overAllocated());
        WeekLoad paulFirst = loads.get(2);
        assertEquals("Paul", paulFirst.coachName());
        assertEquals(2, paulFirst.visitDays());
        assertFalse(paulFirst.overAllocated(), "2 days against 2 is full, not over");
        assertEquals(0, loads.get(3).visits());
    }
}
