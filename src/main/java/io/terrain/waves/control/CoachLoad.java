package io.terrain.waves.control;

import io.terrain.waves.api.CoachWeek;
import io.terrain.waves.api.WaveDraft;
import io.terrain.waves.api.WaveSummary;
import io.terrain.waves.control.planning.ProposalProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The coaches' load week by week over a plan's timeline: what the running waves' sites ask (half a day a week each,
 * as the proposal and the pull requests count) against the days their coaches give.
 */
public final class CoachLoad {

    private CoachLoad() {
    }

    /** Every week from the first wave's preparation to the last one's end ({@link CoachWeek#WEEKS_RUNNING_AFTER_GO_LIVE}). */
    public static List<CoachWeek> weeks(List<WaveSummary> waves) {
        LocalDate from = waves.stream().map(CoachLoad::start).min(LocalDate::compareTo).orElse(LocalDate.now());
        LocalDate to = waves.stream().map(CoachLoad::end).max(LocalDate::compareTo).orElse(LocalDate.now());
        List<CoachWeek> weeks = new ArrayList<>();
        for (LocalDate week = from; week.isBefore(to); week = week.plusWeeks(1)) {
            BigDecimal needed = BigDecimal.ZERO;
            BigDecimal given = BigDecimal.ZERO;
            for (WaveSummary w : waves) {
                if (!week.isBefore(start(w)) && week.isBefore(end(w))) {
                    needed = needed.add(ProposalProblem.DEFAULT_DAYS_PER_SITE.multiply(BigDecimal.valueOf(w.sites())));
                    given = given.add(w.coaches().stream().map(WaveDraft.WaveCoach::daysPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add));
                }
            }
            weeks.add(new CoachWeek(week, needed.stripTrailingZeros(), given.stripTrailingZeros()));
        }
        return weeks;
    }

    public static LocalDate start(WaveSummary w) {
        return w.preparationStart() == null ? w.goLive() : w.preparationStart();
    }

    public static LocalDate end(WaveSummary w) {
        return w.goLive().plusWeeks(CoachWeek.WEEKS_RUNNING_AFTER_GO_LIVE);
    }
}
