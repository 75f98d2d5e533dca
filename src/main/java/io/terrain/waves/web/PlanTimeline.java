package io.terrain.waves.web;

import io.terrain.platform.i18n.Messages;
import io.terrain.waves.api.WaveSummary;
import io.terrain.waves.api.CoachWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plan's timeline: waves as bars from preparation to go-live and beyond, over the plan's weeks, and the
 * coaches' load as a strip of weekly cells under them. Positions are CSS styles computed here (no user text in them).
 */
public final class PlanTimeline {

    private final List<WaveSummary> waves;
    private final List<CoachWeek> load;
    private final Locale locale;
    private final LocalDate start;
    private final LocalDate end;

    /** {@code load}: the coaches' load week by week, empty when the reader does not see the whole plan. */
    PlanTimeline(List<WaveSummary> waves, List<CoachWeek> load, Locale locale) {
        this.waves = waves;
        this.load = load;
        this.locale = locale;
        this.start = waves.stream().map(w -> w.preparationStart() == null ? w.goLive() : w.preparationStart())
                .min(LocalDate::compareTo).orElse(LocalDate.now());
        this.end = waves.stream().map(w -> w.goLive().plusWeeks(CoachWeek.WEEKS_RUNNING_AFTER_GO_LIVE)).max(LocalDate::compareTo)
                .orElse(LocalDate.now());
    }

    private double percentOf(LocalDate day) {
        long span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        return Math.max(0, Math.min(100, 100.0 * ChronoUnit.DAYS.between(start, day) / span));
    }

    private String span(LocalDate from, LocalDate to) {
        return String.format(Locale.ROOT, "left:%.2f%%;width:%.2f%%", percentOf(from), percentOf(to) - percentOf(from));
    }

    public String preparationStyle(WaveSummary w) {
        return span(w.preparationStart() == null ? w.goLive() : w.preparationStart(), w.goLive());
    }

    public String liveStyle(WaveSummary w) {
        return span(w.goLive(), w.goLive().plusWeeks(CoachWeek.WEEKS_RUNNING_AFTER_GO_LIVE));
    }

    public String todayStyle() {
        return String.format(Locale.ROOT, "left:%.2f%%", percentOf(LocalDate.now()));
    }

    public boolean isTodayShown() {
        LocalDate today = LocalDate.now();
        return !waves.isEmpty() && !today.isBefore(start) && !today.isAfter(end);
    }

    public String getFrom() {
        return start.toString();
    }

    public String getTo() {
        return end.toString();
    }

    /** A week of the load strip: where it sits, how loaded (none, ok, high, over), its figures for the tooltip. */
    public record LoadCell(String style, String level, String title) {
    }

    public List<LoadCell> getLoadStrip() {
        List<LoadCell> cells = new ArrayList<>();
        for (CoachWeek week : load) {
            double ratio = week.ratio();
            String level = ratio == 0 ? "none" : ratio <= 0.8 ? "ok" : ratio <= 1 ? "high" : "over";
            cells.add(new LoadCell(span(week.start(), week.start().plusWeeks(1)), level, Messages.text(locale, "waves.load.week",
                    week.start(), week.needed().toPlainString(), week.given().toPlainString())));
        }
        return cells;
    }
}
