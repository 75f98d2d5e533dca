package io.terrain.waves.control.planning;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * The planning problem and its solution: perimeter sites placed in waves under the coaches' supply
 * of each region. Hard: capacity, readiness, blocked units; medium: sites left out; soft: benefit
 * first, regions in few waves, coach load even, a comparison group kept.
 */
@PlanningSolution
public class WaveProposal {

    @ValueRangeProvider
    @ProblemFactCollectionProperty
    private List<WaveSlot> waves;

    @ProblemFactCollectionProperty
    private List<RegionSupply> supplies;

    @ProblemFactCollectionProperty
    private List<ComparisonGroup> comparisonGroups;

    @PlanningEntityCollectionProperty
    private List<SiteSlot> sites;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public WaveProposal() {
    }

    public WaveProposal(List<WaveSlot> waves, List<RegionSupply> supplies, List<ComparisonGroup> comparisonGroups,
                        List<SiteSlot> sites) {
        this.waves = waves;
        this.supplies = supplies;
        this.comparisonGroups = comparisonGroups;
        this.sites = sites;
    }

    public List<WaveSlot> getWaves() { return waves; }
    public List<RegionSupply> getSupplies() { return supplies; }
    public List<ComparisonGroup> getComparisonGroups() { return comparisonGroups; }
    public List<SiteSlot> getSites() { return sites; }
    public HardMediumSoftLongScore getScore() { return score; }
    public void setScore(HardMediumSoftLongScore score) { this.score = score; }
}
