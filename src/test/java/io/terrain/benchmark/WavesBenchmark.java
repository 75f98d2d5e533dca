package io.terrain.benchmark;

import io.terrain.indicators.api.Comparison;
import io.terrain.indicators.control.CallawaySantAnna;
import io.terrain.waves.api.ProposalRequest;
import io.terrain.waves.control.planning.ProposalProblem;
import io.terrain.waves.control.planning.ProposalSolver;
import io.terrain.waves.control.planning.WaveProposal;
import io.terrain.waves.control.planning.WaveSlot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Not a test: the in-process part of .ci/benchmark for the rollout's two engines at the design scale
 * (DESIGN.md §5). (1) The staggered impact estimator on 20,000 sites × 156 weekly periods × 10
 * adoption cohorts; (2) a Timefold wave proposal for 20,000 sites, 500 coaches in 20 regions and 20
 * waves, reporting when the first feasible proposal exists. Prints the figures README quotes.
 */
public final class WavesBenchmark {

    private WavesBenchmark() {
    }

    public static void main(String[] args) {
        int sites = Integer.getInteger("sites", 20_000);
        int weeks = Integer.getInteger("weeks", 156);
        int cohorts = Integer.getInteger("cohorts", 10);
        int coaches = Integer.getInteger("coaches", 500);
        int waves = Integer.getInteger("waves", 20);
        int seconds = Integer.getInteger("seconds", 60);
        impact(sites, weeks, cohorts);
        proposal(sites, coaches, waves, seconds);
    }

    private static void impact(int sites, int weeks, int cohorts) {
        Random random = new Random(1);
        List<LocalDate> periods = new ArrayList<>();
        for (int t = 0; t < weeks; t++) {
            periods.add(LocalDate.of(2024, 1, 1).plusWeeks(t));
        }
        double[][] values = new double[sites][weeks];
        int[] cohortOf = new int[sites];
        for (int i = 0; i < sites; i++) {
            // A fifth never adopts; the others in one of the cohorts, spread from week 20 to week 140.
            cohortOf[i] = i % 5 == 0 ? CallawaySantAnna.NEVER : 20 + (i / 5 % cohorts) * (120 / cohorts);
            double level = 9 + 2 * random.nextGaussian();
            for (int t = 0; t < weeks; t++) {
                double effect = cohortOf[i] != CallawaySantAnna.NEVER && t >= cohortOf[i] ? -1.5 : 0;
                values[i][t] = level - 0.01 * t + effect + random.nextGaussian();
            }
        }
        for (Comparison comparison : Comparison.values()) {
            long start = System.nanoTime();
            CallawaySantAnna.Result r = new CallawaySantAnna(periods, values, cohortOf, comparison).estimate();
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("impact  %,d sites x %d weeks x %d cohorts (%s): %,d cells, overall %.3f (se %.4f), pre-trend p %.3f"
                            + " — %,d ms%n", sites, weeks, cohorts, comparison, r.cells().size(), r.overall().att(), r.overall().se(),
                    r.pretrend().pValue(), millis);
        }
    }

    private static void proposal(int sites, int coaches, int waves, int seconds) {
        int regions = 20;
        Random random = new Random(2);
        List<ProposalProblem.Candidate> candidates = new ArrayList<>();
        String[] segments = {"A", "B", "C", "D"};
        for (int i = 0; i < sites; i++) {
            candidates.add(new ProposalProblem.Candidate(i, "S" + i, (long) (i % regions), segments[i % 4], random.nextInt(1000),
                    i % 50 == 0 ? 2 : 0, i % 200 == 0, false, null));
        }
        List<ProposalProblem.Supply> supplies = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            // 25 coaches a region, 2 to 3.5 days a week each once planned visits are taken off.
            double days = 0;
            for (int c = 0; c < coaches / regions; c++) {
                days += 2 + 0.5 * (c % 4);
            }
            supplies.add(new ProposalProblem.Supply(r, "Region " + r, days));
        }
        ProposalRequest request = new ProposalRequest(waves, LocalDate.now().plusWeeks(4), 4, new BigDecimal("0.5"),
                new BigDecimal("0.2"), seconds);
        List<WaveSlot> slots = ProposalProblem.slots(request, List.of(), Set.of(), LocalDate.now());
        WaveProposal problem = ProposalProblem.problem(request, slots, candidates, supplies);
        long start = System.nanoTime();
        long[] firstFeasible = {-1};
        try (ProposalSolver solver = new ProposalSolver()) {
            Object done = new Object();
            WaveProposal[] last = new WaveProposal[1];
            solver.start("benchmark", problem, seconds, best -> {
                if (firstFeasible[0] < 0 && best.getScore() != null && best.getScore().isFeasible()
                        && best.getSites().stream().filter(s -> s.getWave() != null).count() > 0) {
                    firstFeasible[0] = (System.nanoTime() - start) / 1_000_000;
                }
            }, solved -> {
                synchronized (done) {
                    last[0] = solved;
                    done.notifyAll();
                }
            }, (id, error) -> {
                synchronized (done) {
                    error.printStackTrace();
                    done.notifyAll();
                }
            });
            synchronized (done) {
                while (last[0] == null) {
                    try {
                        done.wait(1000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long unassigned = last[0].getSites().stream().filter(s -> s.getWave() == null).count();
            System.out.printf("proposal %,d sites, %d coaches in %d regions, %d waves: first feasible proposal at %,d ms;"
                            + " search ended at %,d ms with %s, %,d sites left out (blocked units or not ready in time)%n",
                    sites, coaches, regions, waves, firstFeasible[0], millis, last[0].getScore(), unassigned);
        }
    }
}
