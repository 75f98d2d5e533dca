package io.terrain.waves.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.terrain.waves.api.CoachWeek;
import io.terrain.waves.api.WaveDraft;
import io.terrain.waves.api.WaveStatus;
import io.terrain.waves.api.WaveSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoachLoadTest {

    private static WaveSummary wave(LocalDate preparation, LocalDate goLive, long sites, String... days) {
        List<WaveDraft.WaveCoach> coaches = java.util.stream.IntStream.range(0, days.length)
                .mapToObj(i -> new WaveDraft.WaveCoach(i + 1, new BigDecimal(days[i]))).toList();
        return new WaveSummary(1, 1, "V", "V", preparation, goLive, WaveStatus.PLANNED, sites, 0, 0, 0, coaches, 0);
    }

    @Test
    void overlappingWavesAddTheirSitesNeedsAndTheirCoachesDays() {
        LocalDate monday = LocalDate.of(2027, 3, 1);
        // Wave 1: preparing weeks 0-1, live from week 2, running 8 weeks after: weeks 0-9. 10 sites, 2 + 1.5 days.
        // Wave 2: preparing from week 10, live week 11, running to week 18. 6 sites, no coach.
        List<CoachWeek> weeks = CoachLoad.weeks(List.of(wave(monday, monday.plusWeeks(2), 10, "2", "1.5"),
                wave(monday.plusWeeks(9), monday.plusWeeks(11), 6)));
        assertEquals(19, weeks.size(), "from the first preparation to 8 weeks after the last go-live");
        assertEquals(0, new BigDecimal("5").compareTo(weeks.get(0).needed()));
        assertEquals(0, new BigDecimal("3.5").compareTo(weeks.get(0).given()));
        assertEquals(5 / 3.5, weeks.get(0).ratio(), 1e-9);
        assertEquals(0, new BigDecimal("8").compareTo(weeks.get(9).needed()), "both waves run in week 9");
        assertEquals(Double.POSITIVE_INFINITY, weeks.get(10).ratio(), "wave 2 alone, without coaches");
        assertEquals(new BigDecimal("3"), weeks.get(18).needed());
    }
}
