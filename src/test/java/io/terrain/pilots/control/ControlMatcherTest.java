package io.terrain.pilots.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Synthetic networks where the right controls are known in advance. */
class ControlMatcherTest {

    private static Candidate site(long id, String kind, String segment, double level, double trend) {
        return new Candidate(id, kind, segment, new double[] {level}, new double[] {trend});
    }

    @Test
    void eachPilotSiteGetsItsHiddenTwinsAmongAThousandDecoys() {
        Random random = new Random(5);
        List<Candidate> pilots = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            double level = 20 + 10 * p;
            double trend = p % 2 == 0 ? 1 : -1;
            pilots.add(site(p, "STORE", "URBAN", level, trend));
            // Two twins per pilot site: same kind and segment, nearly the same level and trend.
            candidates.add(site(100 + 2 * p, "STORE", "URBAN", level + 0.01, trend));
            candidates.add(site(101 + 2 * p, "STORE", "URBAN", level - 0.02, trend + 0.01));
            // A perfect copy of another kind, which must never be chosen.
            candidates.add(site(200 + p, "AGENCY", "URBAN", level, trend));
        }
        for (int d = 0; d < 1000; d++) {
            candidates.add(site(1000 + d, "STORE", "URBAN", 10 + 60 * random.nextDouble(), -5 + 10 * random.nextDouble()));
        }
        Map<Long, List<Long>> matches = ControlMatcher.match(pilots, candidates, 2);
        for (int p = 0; p < 5; p++) {
            assertEquals(List.of(100L + 2 * p, 101L + 2 * p), matches.get((long) p), "pilot " + p);
        }
    }

    @Test
    void theSameSegmentIsPreferredAndAControlServesOnePilotOnly() {
        List<Candidate> pilots = List.of(site(1, "STORE", "URBAN", 50, 0), site(2, "STORE", "URBAN", 50, 0));
        List<Candidate> candidates = List.of(
                site(10, "STORE", "RURAL", 50, 0),      // the nearest, but of another segment
                site(11, "STORE", "URBAN", 55, 0),
                site(12, "STORE", "URBAN", 60, 0),
                site(13, "STORE", "URBAN", Double.NaN, 0)); // not measured: left out
        Map<Long, List<Long>> matches = ControlMatcher.match(pilots, candidates, 1);
        assertEquals(List.of(11L), matches.get(1L));
        assertEquals(List.of(12L), matches.get(2L), "11 is taken; another urban store before a rural one");
        Map<Long, List<Long>> two = ControlMatcher.match(pilots, candidates, 2);
        assertEquals(List.of(11L, 10L), two.get(1L), "once the segment runs out, the nearest of another segment");
        assertTrue(two.get(2L).equals(List.of(12L)), "no candidate is left for a second control");
    }

    @Test
    void levelsAndTrendsWeighByTheirSpreadNotTheirUnit() {
        // Level spreads over hundreds, trend over units: a trend gap of 2 matters more than a level gap of 20.
        List<Candidate> pool = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            pool.add(site(100 + i, "STORE", "URBAN", 100 * (i % 10), (i % 5) - 2));
        }
        Candidate pilot = site(1, "STORE", "URBAN", 500, 0);
        double[] scale = ControlMatcher.scales(pool, 1);
        double levelGap = ControlMatcher.distance(pilot, site(9, "STORE", "URBAN", 520, 0), scale);
        double trendGap = ControlMatcher.distance(pilot, site(9, "STORE", "URBAN", 500, 2), scale);
        assertTrue(trendGap > levelGap, trendGap + " vs " + levelGap);
    }
}
