package io.terrain.dashboards.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.terrain.dashboards.api.ExecutiveDashboard.MatrixPoint;
import io.terrain.dashboards.api.ExecutiveDashboard.Quadrant;
import io.terrain.indicators.api.Comparison;
import io.terrain.indicators.api.Direction;
import io.terrain.indicators.api.Estimate;
import io.terrain.indicators.api.Granularity;
import io.terrain.indicators.api.StaggeredImpact;
import io.terrain.indicators.api.StaggeredImpact.GroupEffect;
import io.terrain.indicators.api.Verdict;
import io.terrain.waves.api.RolloutOverview.StatusCounts;
import io.terrain.waves.api.RolloutOverview.WaveProgress;
import io.terrain.waves.api.WaveStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdoptionMatrixTest {

    private static final Estimate BETTER = new Estimate(-2, 0.5, -2.98, -1.02);
    private static final Estimate UNCLEAR = new Estimate(-0.2, 0.5, -1.18, 0.78);

    @Test
    void placesEachRegionByItsAdoptionRateAndItsMeasuredEffect() {
        Map<Long, Map.Entry<String, StatusCounts>> regions = new LinkedHashMap<>();
        regions.put(1L, Map.entry("Nord", new StatusCounts(0, 0, 5, 15, 0)));    // 75 % adopted, improved
        regions.put(2L, Map.entry("Sud", new StatusCounts(0, 5, 0, 5, 0)));      // 50 %: adopted, inconclusive
        regions.put(3L, Map.entry("Est", new StatusCounts(0, 12, 2, 6, 0)));     // 30 %, improved
        regions.put(4L, Map.entry("Ouest", new StatusCounts(10, 0, 0, 2, 0)));   // 1 in 6, no effect measured (too few)
        StaggeredImpact impact = new StaggeredImpact("WAIT_TIME", Comparison.NOT_YET_ADOPTED, Direction.LOWER_IS_BETTER, Granularity.WEEK,
                BETTER, Verdict.IMPROVED, List.of(), BETTER, List.of(), BETTER, List.of(), BETTER, List.of(), null, 60, 28, 0,
                LocalDateTime.of(2027, 3, 14, 6, 0), List.of(new GroupEffect("region", "Nord", 20, 15, BETTER, Verdict.IMPROVED),
                        new GroupEffect("region", "Sud", 10, 5, UNCLEAR, Verdict.INCONCLUSIVE),
                        new GroupEffect("region", "Est", 20, 6, BETTER, Verdict.IMPROVED),
                        new GroupEffect("region", "Ouest", 12, 2, null, null)), List.of(), List.of());
        List<MatrixPoint> points = AdoptionMatrix.byRegion(regions, impact, 0.5);
        assertEquals(List.of(new MatrixPoint("Nord", 1L, 0.75, BETTER, Verdict.IMPROVED, Quadrant.ADOPTED_WORKING),
                new MatrixPoint("Sud", 2L, 0.5, UNCLEAR, Verdict.INCONCLUSIVE, Quadrant.ADOPTED_NO_EFFECT),
                new MatrixPoint("Est", 3L, 0.3, BETTER, Verdict.IMPROVED, Quadrant.LAGGING_WORKING),
                new MatrixPoint("Ouest", 4L, 2 / 12.0, null, null, Quadrant.LAGGING)), points);
    }

    @Test
    void withoutAStoredImpactRegionsArePlacedByAdoptionAlone() {
        Map<Long, Map.Entry<String, StatusCounts>> regions = Map.of(1L, Map.entry("Nord", new StatusCounts(0, 0, 0, 4, 0)));
        assertEquals(List.of(new MatrixPoint("Nord", 1L, 1.0, null, null, Quadrant.ADOPTED_NO_EFFECT)),
                AdoptionMatrix.byRegion(regions, null, 0.5));
    }

    @Test
    void placesEachWaveByItsSitesAdoptionAndTheEffectMeasuredOnThem() {
        List<WaveProgress> waves = List.of(
                new WaveProgress(1, "V1", "Vague 1", LocalDate.of(2027, 1, 4), WaveStatus.LIVE, new StatusCounts(0, 0, 2, 8, 0), 0, 0, 0),
                new WaveProgress(2, "V2", "Vague 2", LocalDate.of(2027, 3, 1), WaveStatus.LIVE, new StatusCounts(0, 0, 8, 2, 0), 0, 0, 0),
                new WaveProgress(3, "V3", "Vague 3", LocalDate.of(2027, 6, 7), WaveStatus.PLANNED, new StatusCounts(0, 10, 0, 0, 0), 0, 0, 0));
        StaggeredImpact impact = new StaggeredImpact("WAIT_TIME", Comparison.NOT_YET_ADOPTED, Direction.LOWER_IS_BETTER, Granularity.WEEK,
                BETTER, Verdict.IMPROVED, List.of(), BETTER, List.of(), BETTER, List.of(), BETTER, List.of(), null, 30, 10, 0,
                LocalDateTime.of(2027, 3, 14, 6, 0), List.of(new GroupEffect("wave", "V1", 10, 8, UNCLEAR, Verdict.INCONCLUSIVE),
                        new GroupEffect("wave", "V2", 10, 2, null, null), new GroupEffect("region", "V3", 10, 0, BETTER, Verdict.IMPROVED)),
                List.of(), List.of());
        // V1: 80 % adopted, no clear effect; V2: 20 %, too few adopted to measure; V3: a region's group of the same name is not a wave's.
        assertEquals(List.of(new MatrixPoint("V1", 1L, 0.8, UNCLEAR, Verdict.INCONCLUSIVE, Quadrant.ADOPTED_NO_EFFECT),
                        new MatrixPoint("V2", 2L, 0.2, null, null, Quadrant.LAGGING),
                        new MatrixPoint("V3", 3L, 0.0, null, null, Quadrant.LAGGING)),
                AdoptionMatrix.byWave(waves, impact, 0.5));
    }
}
