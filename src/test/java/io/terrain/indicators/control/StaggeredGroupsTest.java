package io.terrain.indicators.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.terrain.indicators.api.Aggregation;
import io.terrain.indicators.api.Comparison;
import io.terrain.indicators.api.Direction;
import io.terrain.indicators.api.Granularity;
import io.terrain.indicators.api.KpiSummary;
import io.terrain.indicators.api.StaggeredImpact.GroupEffect;
import io.terrain.indicators.api.StaggeredQuery;
import io.terrain.indicators.api.Verdict;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Heterogeneity by hand: 24 sites over 4 weeks, each with its own level and a common weekly trend (so every
 * difference-in-differences is exact). Half of each segment adopts in week 3; in segment A waiting time falls by
 * 2 minutes from adoption, in segment B it does not move; segment C has only 3 adopters, too few to read.
 */
class StaggeredGroupsTest {

    private static final KpiSummary WAIT = new KpiSummary(1, "WAIT", "Attente", "Waiting", "min", Direction.LOWER_IS_BETTER,
            Aggregation.MEAN, 0.0, null, null, Granularity.WEEK, null, 1);

    @Test
    void eachGroupGetsItsOwnEffectAndAGroupOfEveryoneTheirAverage() {
        List<LocalDate> weeks = List.of(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 18),
                LocalDate.of(2027, 1, 25));
        int sites = 24;
        long[] ids = new long[sites];
        int[] cohortOf = new int[sites];
        double[][] columns = new double[weeks.size()][sites];
        Map<Long, String> segment = new HashMap<>();
        Map<Long, String> everyone = new HashMap<>();
        for (int i = 0; i < sites; i++) {
            ids[i] = 100 + i;
            String group = i < 10 ? "A" : i < 20 ? "B" : "C";
            boolean adopts = group.equals("C") ? i < 23 : i % 2 == 0;
            cohortOf[i] = adopts ? 2 : CallawaySantAnna.NEVER;
            segment.put(ids[i], group);
            everyone.put(ids[i], "all");
            for (int t = 0; t < weeks.size(); t++) {
                double effect = adopts && t >= 2 && group.equals("A") ? -2 : 0;
                columns[t][i] = 10 + i * 0.5 + t * 0.25 + effect;
            }
        }
        StaggeredQuery query = new StaggeredQuery("WAIT", Set.of(), Map.of(), Comparison.NOT_YET_ADOPTED,
                Map.of("segment", segment, "kind", everyone));
        List<GroupEffect> effects = StaggeredAnalysis.byGroup(WAIT, query, weeks, ids, columns, cohortOf);

        assertEquals(List.of("kind:all", "segment:A", "segment:B", "segment:C"),
                effects.stream().map(e -> e.dimension() + ":" + e.group()).toList());
        GroupEffect all = effects.get(0);
        GroupEffect a = effects.get(1);
        GroupEffect b = effects.get(2);
        GroupEffect c = effects.get(3);
        assertEquals(-2.0, a.overall().att(), 1e-9);
        assertEquals(Verdict.IMPROVED, a.verdict(), "waiting less is better");
        assertEquals(0.0, b.overall().att(), 1e-9);
        assertEquals(Verdict.INCONCLUSIVE, b.verdict());
        assertEquals(5, b.adoptedSites());
        assertEquals(10, b.sites());
        // Everyone: 13 adopters, 5 of whom gain 2 minutes (C's adopters do not move either).
        assertEquals(-2.0 * 5 / 13, all.overall().att(), 1e-9);
        assertEquals(3, c.adoptedSites());
        assertNull(c.overall(), "three adopters are too few to read");
        assertNull(c.verdict());
    }
}
