package io.terrain.waves.control.planning;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolutionUpdatePolicy;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.terrain.waves.api.ProposalSummary;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Timefold Solver for wave proposals: one factory for the application, searches run on the solver
 * manager's own threads (pure computation on an in-memory problem: no transaction, no CDI inside).
 * The search stops at its time limit, after 10 seconds without improvement, or when asked.
 */
public final class ProposalSolver implements AutoCloseable {

    /** A search ends when it has not improved for this long (or at its time limit). */
    static final Duration UNIMPROVED = Duration.ofSeconds(10);

    private final SolverFactory<WaveProposal> factory;
    private final SolverManager<WaveProposal, String> manager;
    private final SolutionManager<WaveProposal, HardMediumSoftLongScore> solutions;

    public ProposalSolver() {
        SolverConfig config = new SolverConfig().withSolutionClass(WaveProposal.class).withEntityClasses(SiteSlot.class)
                .withConstraintProviderClass(WaveConstraints.class)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(ProposalProblem.DEFAULT_SECONDS))
                        .withUnimprovedSpentLimit(UNIMPROVED));
        factory = SolverFactory.create(config);
        manager = SolverManager.create(factory);
        solutions = SolutionManager.create(factory);
    }

    /** Starts a search in the background; {@code best} receives each better solution, {@code done} the final one. */
    public void start(String id, WaveProposal problem, int seconds, Consumer<WaveProposal> best, Consumer<WaveProposal> done,
                      BiConsumer<String, Throwable> failed) {
        manager.solveBuilder().withProblemId(id).withProblem(problem)
                .withConfigOverride(new SolverConfigOverride<WaveProposal>().withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(Duration.ofSeconds(seconds)).withUnimprovedSpentLimit(UNIMPROVED)))
                .withBestSolutionConsumer(best).withFinalBestSolutionConsumer(done).withExceptionHandler(failed).run();
    }

    /** Asks a search to stop; it keeps the best solution found so far. */
    public void stop(String id) {
        manager.terminateEarly(id);
    }

    /** Solves in the calling thread (the benchmark, tests). */
    public WaveProposal solve(WaveProposal problem, int seconds) {
        return factory.buildSolver(new SolverConfigOverride<WaveProposal>().withTerminationConfig(new TerminationConfig()
                .withSpentLimit(Duration.ofSeconds(seconds)).withUnimprovedSpentLimit(UNIMPROVED))).solve(problem);
    }

    /** What each rule costs in a solution, costliest first. */
    public List<ProposalSummary.ConstraintCost> breakdown(WaveProposal solution) {
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutions.analyze(solution, ScoreAnalysisFetchPolicy.FETCH_MATCH_COUNT,
                SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        return analysis.constraintAnalyses().stream()
                .sorted(Comparator.comparing((ConstraintAnalysis<HardMediumSoftLongScore> c) -> c.score()))
                .map(c -> new ProposalSummary.ConstraintCost(c.constraintName(), c.score().hardScore(), c.score().mediumScore(),
                        c.score().softScore(), c.matchCount()))
                .toList();
    }

    @Override
    public void close() {
        manager.close();
    }
}
