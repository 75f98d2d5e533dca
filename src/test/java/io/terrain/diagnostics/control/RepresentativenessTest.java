package io.terrain.diagnostics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.diagnostics.api.SampleCoverage;
import io.terrain.network.api.SiteKind;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-computed cases: 9 active sites in three strata (4 stores A/north, 2 stores B/north, 3 agencies A/south) and one closed. */
class RepresentativenessTest {

    static final List<SitePlacement> NETWORK = new ArrayList<>();

    static {
        for (long id = 1; id <= 4; id++) {
            NETWORK.add(site(id, SiteKind.STORE, "A", 1L, SiteStatus.ACTIVE));
        }
        NETWORK.add(site(5, SiteKind.STORE, "B", 1L, SiteStatus.ACTIVE));
        NETWORK.add(site(6, SiteKind.STORE, "B", 1L, SiteStatus.ACTIVE));
        for (long id = 7; id <= 9; id++) {
            NETWORK.add(site(id, SiteKind.AGENCY, "A", 2L, SiteStatus.ACTIVE));
        }
        NETWORK.add(site(10, SiteKind.STORE, "A", 1L, SiteStatus.CLOSED));
    }

    static SitePlacement site(long id, SiteKind kind, String segment, Long region, SiteStatus status) {
        return new SitePlacement(id, "S" + id, null, region, segment, kind, status);
    }

    @Test
    void sharesMissingStrataAndDistanceMatchAHandComputation() {
        SampleCoverage coverage = Representativeness.of(NETWORK, Set.of(1L, 2L, 7L, 10L), Map.of(1L, "Nord", 2L, "Sud"));
        assertEquals(9, coverage.networkSites(), "the closed site is not part of the network to reflect");
        assertEquals(3, coverage.sampleSites(), "nor of the sample");
        assertEquals(1, coverage.missingStrata());
        SampleCoverage.Stratum first = coverage.strata().get(0);
        assertEquals("STORE B Nord 2 0", first.kind() + " " + first.segment() + " " + first.regionName() + " "
                + first.networkSites() + " " + first.sampleSites(), "a missing stratum comes first");
        assertTrue(first.missing());
        // Network shares 4/9, 2/9, 3/9 against sample shares 2/3, 0, 1/3: half the sum of gaps is 2/9.
        assertEquals(2.0 / 9, coverage.distance(), 1e-12);
    }

    @Test
    void aProportionalSampleHasNoDistanceAndAnEmptyOneTheWorst() {
        // 4:2:3 network; a 4-2-3 sample is the network itself.
        assertEquals(0, Representativeness.of(NETWORK, Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), Map.of()).distance(), 1e-12);
        SampleCoverage empty = Representativeness.of(NETWORK, Set.of(), Map.of());
        assertEquals(1, empty.distance());
        assertEquals(3, empty.missingStrata());
    }

    @Test
    void theSamplerGivesEachStratumOneSiteThenSharesTheRestByLargestRemainders() {
        Map<Representativeness.StratumKey, List<Long>> strata = Map.of(
                new Representativeness.StratumKey("STORE", "A", 1L), List.of(1L, 2L, 3L, 4L),
                new Representativeness.StratumKey("STORE", "B", 1L), List.of(5L, 6L),
                new Representativeness.StratumKey("AGENCY", "A", 2L), List.of(7L, 8L, 9L));
        var ordered = new java.util.LinkedHashMap<Representativeness.StratumKey, List<Long>>();
        ordered.put(new Representativeness.StratumKey("STORE", "A", 1L), strata.get(new Representativeness.StratumKey("STORE", "A", 1L)));
        ordered.put(new Representativeness.StratumKey("STORE", "B", 1L), strata.get(new Representativeness.StratumKey("STORE", "B", 1L)));
        ordered.put(new Representativeness.StratumKey("AGENCY", "A", 2L), strata.get(new Representativeness.StratumKey("AGENCY", "A", 2L)));
        // 6 of 9: one each, then 3 shared over 3:1:2 remaining sites = 1.5, 0.5, 1.0 -> floors 1, 0, 1, the first .5 wins.
        assertEquals(List.of(3, 1, 2), List.copyOf(StratifiedSampler.allocate(ordered, 9, 6).values()));
        // 2 of 9 (fewer than strata): 0.89, 0.44, 0.67 -> the two largest remainders.
        assertEquals(List.of(1, 0, 1), List.copyOf(StratifiedSampler.allocate(ordered, 9, 2).values()));
        assertEquals(List.of(1, 1, 1), List.copyOf(StratifiedSampler.allocate(ordered, 9, 3).values()));
    }

    @Test
    void aDrawnSampleHasTheAllocatedSizesIsRepeatableAndOnlyHoldsActiveSites() {
        Set<Long> sample = StratifiedSampler.draw(NETWORK, 6, new Random(7));
        assertEquals(6, sample.size());
        assertEquals(sample, StratifiedSampler.draw(NETWORK, 6, new Random(7)), "same seed, same sample");
        assertEquals(3, sample.stream().filter(id -> id <= 4).count());
        assertEquals(1, sample.stream().filter(id -> id == 5 || id == 6).count());
        assertEquals(2, sample.stream().filter(id -> id >= 7 && id <= 9).count());
        assertEquals(0, Representativeness.of(NETWORK, sample, Map.of()).missingStrata());
        assertEquals(9, StratifiedSampler.draw(NETWORK, 50, new Random(1)).size(), "never more than the active sites");
        assertTrue(!StratifiedSampler.draw(NETWORK, 50, new Random(1)).contains(10L));
        // Over many draws every store of the first stratum is picked sometimes: the draw is random, not "the first ones".
        Set<Long> everPicked = new java.util.HashSet<>();
        Random random = new Random(11);
        for (int i = 0; i < 50; i++) {
            everPicked.addAll(StratifiedSampler.draw(NETWORK, 3, random));
        }
        assertTrue(everPicked.containsAll(Set.of(1L, 2L, 3L, 4L)), everPicked.toString());
    }
}
