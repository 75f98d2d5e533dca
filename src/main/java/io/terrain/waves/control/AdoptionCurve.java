package io.terrain.waves.control;

import io.terrain.waves.api.RolloutOverview.AdoptionPoint;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The adoption curve, month by month: sites planned to have gone live against sites actually adopted, both cumulated. */
public final class AdoptionCurve {

    /** Five years of months at most: a plan's curve, not a history. */
    static final int MAX_MONTHS = 60;

    private AdoptionCurve() {
    }

    /**
     * From the month of the first go-live or adoption (or today's, when earlier) to the later of the last go-live and today's month; the actual
     * count stops at today's month. Empty when nothing is planned or adopted.
     */
    public static List<AdoptionPoint> monthly(Map<LocalDate, Long> sitesByGoLive, Map<LocalDate, Long> sitesByAdoption, LocalDate today) {
        List<LocalDate> dates = Stream.concat(sitesByGoLive.keySet().stream(), sitesByAdoption.keySet().stream()).sorted().toList();
        if (dates.isEmpty()) {
            return List.of();
        }
        YearMonth current = YearMonth.from(today);
        YearMonth first = YearMonth.from(dates.get(0));
        first = first.isAfter(current) ? current : first;
        YearMonth last = YearMonth.from(dates.get(dates.size() - 1));
        last = last.isBefore(current) ? current : last;
        if (first.plusMonths(MAX_MONTHS - 1L).isBefore(last)) {
            first = last.minusMonths(MAX_MONTHS - 1L);
        }
        List<AdoptionPoint> points = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth();
            points.add(new AdoptionPoint(end, upTo(sitesByGoLive, end), month.isAfter(current) ? null : upTo(sitesByAdoption, end)));
        }
        return points;
    }

    private static long upTo(Map<LocalDate, Long> counts, LocalDate end) {
        return counts.entrySet().stream().filter(e -> !e.getKey().isAfter(end)).mapToLong(Map.Entry::getValue).sum();
    }
}
