package io.terrain.indicators.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.terrain.indicators.api.Direction;
import io.terrain.indicators.api.StaggeredImpact.SiteChange;
import io.terrain.indicators.api.StaggeredImpact.TrendPoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Four weeks, four sites: A and D adopt in the third week, B and C never. Every expected figure is worked by hand below. */
class AdoptedAgainstNotYetTest {

    private static final List<LocalDate> WEEKS = List.of(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 18),
            LocalDate.of(2027, 1, 25));
    private static final long[] SITES = {1, 2, 3, 4};
    private static final int NEVER = CallawaySantAnna.NEVER;
    private static final int[] COHORT = {2, NEVER, NEVER, 2};
    //                                   A     B     C     D
    private static final double[][] VALUES = {
            {10, 10, 10, 10},
            {12, 12, 10, 11},
            {5, 10, 12, 14},
            {7, 12, 12, 15}};

    @Test
    void theTrendSplitsEachWeeksSitesByWhetherTheyHadAdopted() {
        // Weeks 1–2 every site is not yet adopted: (10+10+10+10)/4, (12+12+10+11)/4. Weeks 3–4: A and D adopted,
        // (5+14)/2 and (7+15)/2; B and C not yet, (10+12)/2 and (12+12)/2.
        assertEquals(List.of(new TrendPoint(WEEKS.get(0), null, 0, 10.0, 4), new TrendPoint(WEEKS.get(1), null, 0, 11.25, 4),
                        new TrendPoint(WEEKS.get(2), 9.5, 2, 11.0, 2), new TrendPoint(WEEKS.get(3), 11.0, 2, 12.0, 2)),
                AdoptedAgainstNotYet.trend(WEEKS, VALUES, COHORT));
    }

    @Test
    void aSiteWorsensWhenItsChangeAgainstTheNotYetSitesGoesTheWrongWayBeyondItsNoise() {
        List<TrendPoint> trend = AdoptedAgainstNotYet.trend(WEEKS, VALUES, COHORT);
        // A less the not-yet mean: before 10−10 = 0 and 12−11.25 = 0.75 (mean 0.375, variance 0.28125); after 5−11 = −6 and
        // 7−12 = −5 (mean −5.5, variance 0.5). Change −5.875; standard error √(0.28125/2 + 0.5/2) = 0.625; t = −9.4, beyond
        // Student's 97.5 % point at Welch's 1.85 degrees of freedom (about 4.6). D went up: 0, −0.25 then 3, 3.
        assertEquals(List.of(new SiteChange(1, 0.375, -5.5, -5.875, -9.4)),
                AdoptedAgainstNotYet.worsened(SITES, VALUES, COHORT, trend, Direction.HIGHER_IS_BETTER));
        // Where lower is better, A improved and D worsened: before 0 and −0.25 (mean −0.125, variance 0.03125), after 3 and 3
        // (no variance). Change 3.125; standard error √(0.03125/2) = 0.125; t = 25, beyond 12.71 (Welch: 1 degree of freedom).
        assertEquals(List.of(new SiteChange(4, -0.125, 3.0, 3.125, 25.0)),
                AdoptedAgainstNotYet.worsened(SITES, VALUES, COHORT, trend, Direction.LOWER_IS_BETTER));
    }

    @Test
    void aChangeWithinTheSitesOwnNoiseIsNotAWorsening() {
        // A site swinging 10, 14 before and 9, 13 after: a drop of 1 against a noise of √(8/2 + 8/2) ≈ 2.83.
        double[][] values = {{10, 10}, {14, 10}, {9, 10}, {13, 10}};
        int[] cohorts = {2, NEVER};
        List<TrendPoint> trend = AdoptedAgainstNotYet.trend(WEEKS, values, cohorts);
        assertEquals(List.of(), AdoptedAgainstNotYet.worsened(new long[] {1, 2}, values, cohorts, trend, Direction.HIGHER_IS_BETTER));
    }
}
