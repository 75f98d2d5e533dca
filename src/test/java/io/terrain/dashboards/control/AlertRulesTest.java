package io.terrain.dashboards.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.terrain.coaches.api.SiteCoaching;
import io.terrain.dashboards.api.Alert;
import io.terrain.dashboards.api.AlertKind;
import io.terrain.indicators.api.Comparison;
import io.terrain.indicators.api.Direction;
import io.terrain.indicators.api.Estimate;
import io.terrain.indicators.api.Granularity;
import io.terrain.indicators.api.StaggeredImpact;
import io.terrain.indicators.api.Verdict;
import io.terrain.network.api.OrgLevel;
import io.terrain.waves.api.CoachWeek;
import io.terrain.waves.api.RolloutOverview.SiteState;
import io.terrain.waves.api.RolloutOverview.StatusCounts;
import io.terrain.waves.api.RolloutOverview.WaveProgress;
import io.terrain.waves.api.RolloutStatus;
import io.terrain.waves.api.UnitEngagement;
import io.terrain.waves.api.WaveStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule fires on the constructed case one day past its threshold, and not on the case at its threshold. */
class AlertRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final AlertThresholds THRESHOLDS = new AlertThresholds(14, 14, 3, 4, 0.5);

    private static AlertRules rules() {
        return new AlertRules(7, TODAY, THRESHOLDS);
    }

    private static WaveProgress wave(String code, LocalDate goLive, long adopted, long inProgress, long overdue) {
        return new WaveProgress(1, code, code, goLive, WaveStatus.LIVE, new StatusCounts(0, 0, inProgress, adopted, 0), 0, 10, overdue);
    }

    @Test
    void aWaveIsLateFromTheFifteenthDayAfterGoLiveWhileSitesAreNotAdopted() {
        List<Alert> alerts = rules().waves(List.of(wave("LATE", TODAY.minusDays(15), 3, 1, 0), wave("GRACE", TODAY.minusDays(14), 3, 1, 0),
                wave("DONE", TODAY.minusDays(60), 4, 0, 0))).alerts();
        assertEquals(List.of(new Alert(AlertKind.WAVE_LATE, "LATE", TODAY.minusDays(15), 1, "waves/plan.xhtml?id=7")), alerts);
    }

    @Test
    void overdueChecklistItemsAreCountedPerWave() {
        List<Alert> alerts = rules().waves(List.of(wave("V1", TODAY.plusDays(3), 0, 2, 6), wave("V2", TODAY.plusDays(3), 0, 2, 0))).alerts();
        assertEquals(List.of(new Alert(AlertKind.CHECKLIST_OVERDUE, "V1", TODAY, 6, "waves/plan.xhtml?id=7")), alerts);
    }

    @Test
    void sitesAndUnitsBlockedForMoreThanFourteenDays() {
        SiteState longBlocked = new SiteState(11, "S011", 1L, 2L, 3L, RolloutStatus.BLOCKED, TODAY.minusDays(15), "works");
        SiteState recent = new SiteState(12, "S012", 1L, 2L, 3L, RolloutStatus.BLOCKED, TODAY.minusDays(14), "works");
        UnitEngagement unit = new UnitEngagement(5, "SEC5", "Sector five", OrgLevel.SECTOR, 1L, null, null, null, null, true, "strike",
                TODAY.minusDays(30), "pm", 12);
        UnitEngagement free = new UnitEngagement(6, "SEC6", "Sector six", OrgLevel.SECTOR, 1L, null, null, null, null, false, null, null,
                null, 12);
        List<Alert> alerts = rules().blockedSites(List.of(longBlocked, recent)).blockedUnits(List.of(unit, free)).alerts();
        assertEquals(List.of(new Alert(AlertKind.SITE_BLOCKED, "S011", TODAY.minusDays(15), 15, "waves/site.xhtml?plan=7&site=11"),
                new Alert(AlertKind.UNIT_BLOCKED, "Sector five", TODAY.minusDays(30), 30, "waves/plan.xhtml?id=7")), alerts);
    }

    @Test
    void aSiteInProgressWithoutAVisitForMoreThanThreeWeeksNeverVisitedFirst() {
        List<SiteState> active = List.of(site(1, RolloutStatus.IN_PROGRESS), site(2, RolloutStatus.IN_PROGRESS), site(3, RolloutStatus.IN_PROGRESS),
                site(4, RolloutStatus.NOT_STARTED));
        Map<Long, SiteCoaching> coaching = Map.of(1L, new SiteCoaching(1, true, TODAY.minusWeeks(3).minusDays(1), 0, 0),
                2L, new SiteCoaching(2, true, TODAY.minusWeeks(3), 0, 0), 3L, SiteCoaching.none(3), 4L, SiteCoaching.none(4));
        List<Alert> alerts = rules().visits(active, coaching).alerts();
        assertEquals(List.of(new Alert(AlertKind.NO_RECENT_VISIT, "S3", null, -1, "waves/site.xhtml?plan=7&site=3"),
                new Alert(AlertKind.NO_RECENT_VISIT, "S1", TODAY.minusDays(22), 22, "waves/site.xhtml?plan=7&site=1")), alerts);
    }

    private static SiteState site(long id, RolloutStatus status) {
        return new SiteState(id, "S" + id, 1L, 2L, 3L, status, null, null);
    }

    @Test
    void coachWeeksAheadWhereSitesNeedMoreDaysThanGiven() {
        LocalDate thisWeek = LocalDate.of(2027, 3, 15);
        List<CoachWeek> weeks = List.of(new CoachWeek(thisWeek.minusWeeks(1), new BigDecimal("9"), new BigDecimal("3")),
                new CoachWeek(thisWeek, new BigDecimal("6"), new BigDecimal("4")),
                new CoachWeek(thisWeek.plusWeeks(1), new BigDecimal("4"), new BigDecimal("4")),
                new CoachWeek(thisWeek.plusWeeks(3), new BigDecimal("2"), BigDecimal.ZERO),
                new CoachWeek(thisWeek.plusWeeks(4), new BigDecimal("9"), new BigDecimal("1")));
        List<Alert> alerts = rules().coachLoad(weeks).alerts();
        assertEquals(List.of(new Alert(AlertKind.COACH_OVER_CAPACITY, "2027-04-05", thisWeek.plusWeeks(3), -1, "waves/plan.xhtml?id=7"),
                new Alert(AlertKind.COACH_OVER_CAPACITY, "2027-03-15", thisWeek, 150, "waves/plan.xhtml?id=7")), alerts);
    }

    @Test
    void aPrimaryKpiWorseOverallOrInARegionShown() {
        Estimate worse = new Estimate(1.5, 0.5, 0.52, 2.48);
        Estimate better = new Estimate(-1.5, 0.5, -2.48, -0.52);
        StaggeredImpact impact = new StaggeredImpact("WAIT_TIME", Comparison.NOT_YET_ADOPTED, Direction.LOWER_IS_BETTER, Granularity.WEEK,
                better, Verdict.IMPROVED, List.of(), better, List.of(), better, List.of(), better, List.of(), null, 100, 40, 0,
                LocalDateTime.of(2027, 3, 14, 6, 0), List.of(new StaggeredImpact.GroupEffect("region", "Nord", 20, 10, worse, Verdict.WORSENED),
                        new StaggeredImpact.GroupEffect("region", "Sud", 20, 10, worse, Verdict.WORSENED),
                        new StaggeredImpact.GroupEffect("segment", "Nord", 20, 10, worse, Verdict.WORSENED)), List.of(), List.of());
        List<Alert> alerts = rules().impact(impact, List.of("Nord")).alerts();
        assertEquals(List.of(new Alert(AlertKind.IMPACT_WORSENED, "WAIT_TIME · Nord", LocalDate.of(2027, 3, 14), 1.5, "waves/plan.xhtml?id=7")),
                alerts);
    }

    @Test
    void anAdoptedSiteWhoseKpiWorsenedIsListedWhereTheReaderLooks() {
        Estimate better = new Estimate(-1.5, 0.5, -2.48, -0.52);
        List<StaggeredImpact.SiteChange> worsened = List.of(new StaggeredImpact.SiteChange(11, 10.0, 14.0, 4.0, 6.2),
                new StaggeredImpact.SiteChange(12, 8.0, 9.5, 1.5, 3.1), new StaggeredImpact.SiteChange(13, 9.0, 16.0, 7.0, 5.0));
        StaggeredImpact impact = new StaggeredImpact("WAIT_TIME", Comparison.NOT_YET_ADOPTED, Direction.LOWER_IS_BETTER, Granularity.WEEK,
                better, Verdict.IMPROVED, List.of(), better, List.of(), better, List.of(), better, List.of(), null, 100, 40, 0,
                LocalDateTime.of(2027, 3, 14, 6, 0), List.of(), List.of(), worsened);
        // Site 12 lies outside the place shown: not listed. The others by the size of their change, the largest first.
        List<Alert> alerts = rules().worsenedSites(impact, Map.of(11L, "S0011", 13L, "S0013")).alerts();
        assertEquals(List.of(new Alert(AlertKind.SITE_KPI_WORSENED, "S0013 · WAIT_TIME", LocalDate.of(2027, 3, 14), 7.0,
                        "waves/site.xhtml?plan=7&site=13"),
                new Alert(AlertKind.SITE_KPI_WORSENED, "S0011 · WAIT_TIME", LocalDate.of(2027, 3, 14), 4.0, "waves/site.xhtml?plan=7&site=11")),
                alerts);
    }
}
