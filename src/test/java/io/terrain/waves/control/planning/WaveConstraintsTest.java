package io.terrain.waves.control.planning;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each rule of a wave proposal, alone, on a few hand-made sites (Timefold's ConstraintVerifier). */
class WaveConstraintsTest {

    private static final WaveSlot FIRST = new WaveSlot(0, "V1", LocalDate.of(2027, 1, 4), null, false);
    private static final WaveSlot SECOND = new WaveSlot(1, "V2", LocalDate.of(2027, 3, 1), null, false);
    private static final WaveSlot LAST = new WaveSlot(2, "V3", LocalDate.of(2027, 5, 3), null, true);

    private final ConstraintVerifier<WaveConstraints, WaveProposal> verifier =
            ConstraintVerifier.build(new WaveConstraints(), WaveProposal.class, SiteSlot.class);

    private static SiteSlot site(long id, long region, String segment, long benefit, WaveSlot wave) {
        return new SiteSlot(id, "S" + id, region, segment, benefit, 0, false, false, wave);
    }

    @Test
    void aRegionsSitesInAWaveNeverAskMoreCoachTimeThanItHas() {
        // Nord-Est: 1.2 days a week, each site 0.5: three sites ask 1.5, 0.3 over.
        RegionSupply nordEst = new RegionSupply(1, "Nord-Est", 12, 5);
        verifier.verifyThat(WaveConstraints::coachCapacity)
                .given(nordEst, site(1, 1, "A", 1, FIRST), site(2, 1, "A", 1, FIRST), site(3, 1, "A", 1, FIRST), site(4, 1, "A", 1, SECOND))
                .penalizesBy(3);
        verifier.verifyThat(WaveConstraints::coachCapacity)
                .given(nordEst, site(1, 1, "A", 1, FIRST), site(2, 1, "A", 1, FIRST), site(3, 1, "A", 1, SECOND))
                .penalizesBy(0);
    }

    @Test
    void aSiteGoesNoEarlierThanItsUnitIsReady() {
        SiteSlot early = new SiteSlot(1, "S1", 1, "A", 1, 2, false, false, FIRST);
        SiteSlot onTime = new SiteSlot(2, "S2", 1, "A", 1, 1, false, false, SECOND);
        verifier.verifyThat(WaveConstraints::unitNotReady).given(early, onTime).penalizesBy(2);
    }

    @Test
    void aSiteOfABlockedUnitGoesInNoWave() {
        SiteSlot blocked = new SiteSlot(1, "S1", 1, "A", 1, 0, true, false, FIRST);
        SiteSlot waiting = new SiteSlot(2, "S2", 1, "A", 1, 0, true, false, null);
        verifier.verifyThat(WaveConstraints::unitBlocked).given(blocked, waiting).penalizesBy(1);
        verifier.verifyThat(WaveConstraints::siteUnassigned).given(blocked, waiting).penalizesBy(0);
    }

    @Test
    void everySiteThatCanGoSomewhereGoes() {
        verifier.verifyThat(WaveConstraints::siteUnassigned)
                .given(site(1, 1, "A", 1, null), site(2, 1, "A", 1, null), site(3, 1, "A", 1, FIRST)).penalizesBy(2);
    }

    @Test
    void sitesWithMoreBenefitGoFirst() {
        verifier.verifyThat(WaveConstraints::benefitFirst)
                .given(site(1, 1, "A", 300, FIRST), site(2, 1, "A", 200, SECOND), site(3, 1, "A", 100, LAST))
                .penalizesBy(200 + 2 * 100);
    }

    @Test
    void aRegionSpreadOverMoreWavesCostsMore() {
        verifier.verifyThat(WaveConstraints::regionInFewWaves)
                .given(site(1, 1, "A", 1, FIRST), site(2, 1, "A", 1, SECOND), site(3, 1, "A", 1, LAST), site(4, 2, "A", 1, FIRST))
                .penalizesBy(2 * WaveConstraints.FEW_WAVES_WEIGHT);
    }

    @Test
    void coachLoadIsEvenerWhenSpread() {
        RegionSupply region = new RegionSupply(1, "Ouest", 10, 5);
        // Two sites in one wave: 100 % of supply → 100² / 10 = 1000; one per wave: 50 % twice → 2 × 250.
        verifier.verifyThat(WaveConstraints::coachLoadBalanced)
                .given(region, site(1, 1, "A", 1, FIRST), site(2, 1, "A", 1, FIRST)).penalizesBy(1000);
        verifier.verifyThat(WaveConstraints::coachLoadBalanced)
                .given(region, site(1, 1, "A", 1, FIRST), site(2, 1, "A", 1, SECOND)).penalizesBy(500);
    }

    @Test
    void eachRegionAndSegmentKeepsItsComparisonSites() {
        ComparisonGroup group = new ComparisonGroup(1, "A", 4, 2);
        // Only one of four sites not adopted early (in the last wave): one short of the two to keep.
        verifier.verifyThat(WaveConstraints::comparisonGroupKept)
                .given(group, site(1, 1, "A", 1, FIRST), site(2, 1, "A", 1, FIRST), site(3, 1, "A", 1, SECOND), site(4, 1, "A", 1, LAST))
                .penalizesBy(WaveConstraints.COMPARISON_WEIGHT);
        verifier.verifyThat(WaveConstraints::comparisonGroupKept)
                .given(group, site(1, 1, "A", 1, FIRST), site(2, 1, "A", 1, SECOND), site(3, 1, "A", 1, null), site(4, 1, "A", 1, LAST))
                .penalizesBy(0);
    }
}
