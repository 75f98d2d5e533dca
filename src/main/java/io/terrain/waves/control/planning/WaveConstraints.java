package io.terrain.waves.control.planning;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The rules of a wave proposal (DESIGN.md §6 and the rollout's method). Constraint names are what
 * the proposal's score breakdown shows; they are translated on screen by the key "waves.constraint." + name.
 */
public class WaveConstraints implements ConstraintProvider {

    public static final String CAPACITY = "coachCapacity";
    public static final String NOT_READY = "unitNotReady";
    public static final String BLOCKED = "unitBlocked";
    public static final String UNASSIGNED = "siteUnassigned";
    public static final String BENEFIT = "benefitFirst";
    public static final String FEW_WAVES = "regionInFewWaves";
    public static final String BALANCE = "coachLoadBalanced";
    public static final String COMPARISON = "comparisonGroupKept";

    /** A region spread over one more wave costs as much as delaying this much benefit by a wave. */
    static final long FEW_WAVES_WEIGHT = 2_000;
    /** A site missing from a comparison group costs as much as delaying this much benefit by a wave. */
    static final long COMPARISON_WEIGHT = 5_000;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[]{coachCapacity(factory), unitNotReady(factory), unitBlocked(factory), siteUnassigned(factory),
                benefitFirst(factory), regionInFewWaves(factory), coachLoadBalanced(factory), comparisonGroupKept(factory)};
    }

    /** Hard: a region's sites in a wave never ask more coach time than its coaches have (tenths of a day per week over). */
    Constraint coachCapacity(ConstraintFactory factory) {
        return factory.forEach(SiteSlot.class)
                .groupBy(SiteSlot::getRegionId, SiteSlot::getWave, count())
                .join(RegionSupply.class, Joiners.equal((region, wave, sites) -> region, RegionSupply::regionId))
                .filter((region, wave, sites, supply) -> supply.demand(sites) > supply.tenthsPerWeek())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (region, wave, sites, supply) -> supply.demand(sites) - supply.tenthsPerWeek())
                .asConstraint(CAPACITY);
    }

    /** Hard: a site goes no earlier than its unit is ready. */
    Constraint unitNotReady(ConstraintFactory factory) {
        return factory.forEach(SiteSlot.class)
                .filter(s -> s.getWave().index() < s.getReadyFrom())
                .penalize(HardMediumSoftLongScore.ONE_HARD, s -> s.getReadyFrom() - s.getWave().index())
                .asConstraint(NOT_READY);
    }

    /** Hard: never while its unit is blocked. */
    Constraint unitBlocked(ConstraintFactory factory) {
        return factory.forEach(SiteSlot.class)
                .filter(SiteSlot::isBlocked)
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(BLOCKED);
    }

    /** Medium: every site that can go somewhere goes (a blocked one is expected to wait). */
    Constraint siteUnassigned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(SiteSlot.class)
                .filter(s -> s.getWave() == null && !s.isBlocked())
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint(UNASSIGNED);
    }

    /** Soft: sites with a higher expected benefit go first. */
    Constraint benefitFirst(ConstraintFactory factory) {
        return factory.forEach(SiteSlot.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, s -> s.getBenefit() * s.getWave().index())
                .asConstraint(BENEFIT);
    }

    /** Soft: a region's sites in few waves (its line managers and coaches deal with one rollout at a time). */
    Constraint regionInFewWaves(ConstraintFactory factory) {
        return factory.forEach(SiteSlot.class)
                .groupBy(SiteSlot::getRegionId, countDistinct(SiteSlot::getWave))
                .filter((region, waves) -> waves > 1)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (region, waves) -> (waves - 1) * FEW_WAVES_WEIGHT)
                .asConstraint(FEW_WAVES);
    }

    /** Soft: coach load even across a region's waves (the square of each wave's load in percent of supply). */
    Constraint coachLoadBalanced(ConstraintFactory factory) {
        return factory.forEach(SiteSlot.class)
                .groupBy(SiteSlot::getRegionId, SiteSlot::getWave, count())
                .join(RegionSupply.class, Joiners.equal((region, wave, sites) -> region, RegionSupply::regionId))
                .filter((region, wave, sites, supply) -> supply.tenthsPerWeek() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (region, wave, sites, supply) -> {
                    long percent = supply.demand(sites) * 100 / supply.tenthsPerWeek();
                    return percent * percent / 10;
                })
                .asConstraint(BALANCE);
    }

    /** Soft: each region and segment keeps its share of not-yet-adopted sites while earlier waves are measured. */
    Constraint comparisonGroupKept(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(SiteSlot.class)
                .groupBy(SiteSlot::getRegionId, SiteSlot::getSegment, sum(s -> s.keptForComparison() ? 1 : 0))
                .join(ComparisonGroup.class, Joiners.equal((region, segment, kept) -> region, ComparisonGroup::regionId),
                        Joiners.equal((region, segment, kept) -> segment, ComparisonGroup::segment))
                .filter((region, segment, kept, group) -> kept < group.keep())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (region, segment, kept, group) -> (group.keep() - kept) * COMPARISON_WEIGHT)
                .asConstraint(COMPARISON);
    }
}
