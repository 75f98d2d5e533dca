package io.terrain.dashboards.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A site's CSAT and NPS for a week (Monday), from every response of that site and week: CSAT the mean of the 1–5 scores,
 * NPS from the counts of promoters (9–10), passives (7–8) and detractors (0–6), as the indicators' KPIs aggregate them.
 */
public record SiteWeekScores(String siteCode, LocalDate week, int csatAnswers, double csatMean, int promoters, int passives,
                             int detractors) {

    /** One response's scores (either may be missing). */
    public record Scores(String siteCode, LocalDate respondedOn, Integer csat, Integer recommend) {
    }

    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public int npsAnswers() {
        return promoters + passives + detractors;
    }

    /** Promoters minus detractors, in points of the answers. */
    public double nps() {
        return npsAnswers() == 0 ? 0 : 100.0 * (promoters - detractors) / npsAnswers();
    }

    /** Every site-week the responses fall in, by site then week. */
    public static List<SiteWeekScores> of(Collection<Scores> responses) {
        Map<String, Map<LocalDate, int[]>> counts = new TreeMap<>();
        for (Scores r : responses) {
            // [csat answers, csat sum, promoters, passives, detractors]
            int[] c = counts.computeIfAbsent(r.siteCode(), s -> new TreeMap<>()).computeIfAbsent(weekOf(r.respondedOn()), w -> new int[5]);
            if (r.csat() != null) {
                c[0]++;
                c[1] += r.csat();
            }
            if (r.recommend() != null) {
                c[r.recommend() >= 9 ? 2 : r.recommend() >= 7 ? 3 : 4]++;
            }
        }
        List<SiteWeekScores> weeks = new ArrayList<>();
        counts.forEach((site, byWeek) -> byWeek.forEach((week, c) ->
                weeks.add(new SiteWeekScores(site, week, c[0], c[0] == 0 ? 0 : c[1] / (double) c[0], c[2], c[3], c[4]))));
        return weeks;
    }

    /** The measurements file indicators import: CSAT where someone gave a CSAT, NPS where someone gave a 0–10. */
    public static String measurementsCsv(List<SiteWeekScores> weeks) {
        StringBuilder csv = new StringBuilder("site_code,kpi_code,period_start,value,promoters,passives,detractors,sample_size,source\n");
        for (SiteWeekScores w : weeks) {
            if (w.csatAnswers() > 0) {
                csv.append(w.siteCode()).append(",CSAT,").append(w.week()).append(',').append(w.csatMean()).append(",,,,")
                        .append(w.csatAnswers()).append(",feedback\n");
            }
            if (w.npsAnswers() > 0) {
                csv.append(w.siteCode()).append(",NPS,").append(w.week()).append(',').append(w.nps()).append(',').append(w.promoters())
                        .append(',').append(w.passives()).append(',').append(w.detractors()).append(',').append(w.npsAnswers())
                        .append(",feedback\n");
            }
        }
        return csv.toString();
    }
}
