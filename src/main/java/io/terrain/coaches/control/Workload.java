package io.terrain.coaches.control;

import io.terrain.coaches.api.WeekLoad;
import io.terrain.coaches.entity.Coach;
import io.terrain.coaches.entity.Visit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each coach's weeks (Monday to Sunday) between two days: visits planned or logged, the distinct
 * days they fall on, against the coach's capacity in visit days per week.
 */
public final class Workload {

    private Workload() {
    }

    public static List<WeekLoad> of(List<Coach> coaches, Map<Long, String> names, List<Visit> visits, LocalDate from, LocalDate to) {
        Map<Long, Map<LocalDate, Set<LocalDate>>> days = new HashMap<>();
        Map<Long, Map<LocalDate, Integer>> counts = new HashMap<>();
        for (Visit v : visits) {
            LocalDate week = weekOf(v.getDate());
            days.computeIfAbsent(v.getCoachId(), c -> new HashMap<>()).computeIfAbsent(week, w -> new HashSet<>()).add(v.getDate());
            counts.computeIfAbsent(v.getCoachId(), c -> new HashMap<>()).merge(week, 1, Integer::sum);
        }
        List<WeekLoad> loads = new ArrayList<>();
        for (Coach coach : coaches) {
            for (LocalDate week = weekOf(from); !week.isAfter(to); week = week.plusWeeks(1)) {
                int visitDays = days.getOrDefault(coach.getId(), Map.of()).getOrDefault(week, Set.of()).size();
                int visitCount = counts.getOrDefault(coach.getId(), Map.of()).getOrDefault(week, 0);
                loads.add(WeekLoad.of(coach.getId(), names.getOrDefault(coach.getId(), "#" + coach.getId()), week, visitCount, visitDays,
                        coach.getCapacityDays()));
            }
        }
        return loads;
    }

    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
