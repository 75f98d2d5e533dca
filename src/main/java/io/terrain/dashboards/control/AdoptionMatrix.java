package io.terrain.dashboards.control;

import io.terrain.dashboards.api.ExecutiveDashboard.MatrixPoint;
import io.terrain.dashboards.api.ExecutiveDashboard.Quadrant;
import io.terrain.indicators.api.StaggeredImpact;
import io.terrain.indicators.api.Verdict;
import io.terrain.waves.api.RolloutOverview.StatusCounts;
import io.terrain.waves.api.RolloutOverview.WaveProgress;
import io.terrain.waves.api.RolloutProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Regions, and waves, placed by adoption against impact: adopted from the threshold rate on, working when their measured effect is
 * an improvement (the verdict reads the KPI's direction and the 95 % interval). A region without a measured effect
 * (too few adopted sites) is placed by adoption alone, as not (yet) working.
 */
public final class AdoptionMatrix {

    private AdoptionMatrix() {
    }

    /** @param regions region id → (name, counts), in display order */
    public static List<MatrixPoint> byRegion(Map<Long, Map.Entry<String, StatusCounts>> regions, StaggeredImpact impact,
                                             double adoptionThreshold) {
        List<MatrixPoint> points = new ArrayList<>();
        for (Map.Entry<Long, Map.Entry<String, StatusCounts>> region : regions.entrySet()) {
            String name = region.getValue().getKey();
            double rate = region.getValue().getValue().adoptionRate();
            StaggeredImpact.GroupEffect effect = impact == null ? null : impact.byGroup().stream()
                    .filter(g -> RolloutProgress.IMPACT_BY_REGION.equals(g.dimension()) && g.group().equals(name)).findFirst().orElse(null);
            Verdict verdict = effect == null ? null : effect.verdict();
            points.add(new MatrixPoint(name, region.getKey(), rate, effect == null ? null : effect.overall(), verdict,
                    quadrant(rate >= adoptionThreshold, verdict == Verdict.IMPROVED)));
        }
        return points;
    }

    /** The plan's waves placed the same way: each wave's adoption rate against the effect measured on its sites. */
    public static List<MatrixPoint> byWave(List<WaveProgress> waves, StaggeredImpact impact, double adoptionThreshold) {
        List<MatrixPoint> points = new ArrayList<>();
        for (WaveProgress wave : waves) {
            double rate = wave.counts().adoptionRate();
            StaggeredImpact.GroupEffect effect = impact == null ? null : impact.byGroup().stream()
                    .filter(g -> RolloutProgress.IMPACT_BY_WAVE.equals(g.dimension()) && g.group().equals(wave.code())).findFirst().orElse(null);
            Verdict verdict = effect == null ? null : effect.verdict();
            points.add(new MatrixPoint(wave.code(), wave.waveId(), rate, effect == null ? null : effect.overall(), verdict,
                    quadrant(rate >= adoptionThreshold, verdict == Verdict.IMPROVED)));
        }
        return points;
    }

    static Quadrant quadrant(boolean adopted, boolean working) {
        if (adopted) {
            return working ? Quadrant.ADOPTED_WORKING : Quadrant.ADOPTED_NO_EFFECT;
        }
        return working ? Quadrant.LAGGING_WORKING : Quadrant.LAGGING;
    }
}
