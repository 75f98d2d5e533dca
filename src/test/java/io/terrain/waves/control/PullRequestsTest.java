package io.terrain.waves.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.terrain.network.api.ManagedPerimeter;
import io.terrain.network.api.SiteKind;
import io.terrain.network.api.SitePlacement;
import io.terrain.network.api.SiteStatus;
import io.terrain.waves.api.WaveDraft;
import io.terrain.waves.api.WaveStatus;
import io.terrain.waves.entity.PullRequest;
import io.terrain.waves.entity.Rollout;
import io.terrain.waves.entity.Wave;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PullRequestsTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    private static Rollout rollout(long siteId, long regionId, long sectorId) {
        return new Rollout(1, new SitePlacement(siteId, "S" + siteId, sectorId, regionId, "Urbain", SiteKind.STORE, SiteStatus.ACTIVE));
    }

    private static PullRequest forUnit(long unitId) {
        return new PullRequest(1, unitId, null, DAY, "prêts", "lm", DAY.minusDays(7));
    }

    private static final List<Rollout> ROLLOUTS = List.of(rollout(100, 10, 11), rollout(101, 10, 11), rollout(102, 10, 12),
            rollout(200, 20, 21));

    @Test
    void aUnitsRequestCoversItsSitesAsRegionOrSectorAndASitesOnlyItself() {
        assertEquals(List.of(100L, 101L, 102L), PullRequests.covered(forUnit(10), ROLLOUTS).stream().map(Rollout::getSiteId).toList());
        assertEquals(List.of(102L), PullRequests.covered(forUnit(12), ROLLOUTS).stream().map(Rollout::getSiteId).toList());
        PullRequest site = new PullRequest(1, null, 200L, DAY, "rénové", "lm", DAY);
        assertEquals(List.of(200L), PullRequests.covered(site, ROLLOUTS).stream().map(Rollout::getSiteId).toList());
    }

    @Test
    void aRequestIsTheLineManagersWhenTheyAnswerForItsUnitOrSite() {
        ManagedPerimeter sector11AndSite200 = new ManagedPerimeter(false, Set.of(11L), Set.of(200L));
        Map<Long, Rollout> bySite = Map.of(100L, ROLLOUTS.get(0), 200L, ROLLOUTS.get(3));
        assertTrue(PullRequests.within(forUnit(11), sector11AndSite200, bySite));
        assertFalse(PullRequests.within(forUnit(10), sector11AndSite200, bySite), "the region above their sector is not theirs");
        assertTrue(PullRequests.within(new PullRequest(1, null, 200L, DAY, "x", "lm", DAY), sector11AndSite200, bySite));
        assertTrue(PullRequests.within(new PullRequest(1, null, 100L, DAY, "x", "lm", DAY), sector11AndSite200, bySite),
                "a site of their sector");
    }

    @Test
    void aWavesCoachesTakeHalfADayAWeekPerSite() {
        Wave wave = new Wave(1, "V1");
        wave.apply(new WaveDraft("V1", "Vague 1", DAY.minusWeeks(4), DAY, WaveStatus.PLANNED,
                List.of(new WaveDraft.WaveCoach(1, new BigDecimal("1.5")), new WaveDraft.WaveCoach(2, new BigDecimal("2")))));
        assertTrue(PullRequests.capacity(wave, 7).enough(), "3.5 days for 7 sites");
        PullRequests.Capacity eight = PullRequests.capacity(wave, 8);
        assertFalse(eight.enough());
        assertEquals(0, new BigDecimal("3.5").compareTo(eight.daysPerWeek()));
        assertEquals(0, new BigDecimal("4").compareTo(eight.needed()));
        assertFalse(PullRequests.capacity(new Wave(1, "V2"), 1).enough(), "a wave without coaches takes no site");
    }
}
