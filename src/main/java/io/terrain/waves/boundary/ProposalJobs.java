package io.terrain.waves.boundary;

import io.terrain.platform.api.InvalidInput;
import io.terrain.platform.api.NotFound;
import io.terrain.platform.api.Problem;
import io.terrain.waves.api.ProposalRequest;
import io.terrain.waves.api.ProposalStatus;
import io.terrain.waves.api.ProposalSummary;
import io.terrain.waves.control.planning.ProposalProblem;
import io.terrain.waves.control.planning.ProposalSolver;
import io.terrain.waves.control.planning.WaveProposal;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The proposals being searched or waiting for a decision, in this instance's memory: a proposal is
 * a draft, never saved before its acceptance writes it to the plan (whose version guards against a
 * plan changed meanwhile). At most one search per plan; finished ones are forgotten after an hour.
 */
@ApplicationScoped
public class ProposalJobs {

    private static final Logger LOG = Logger.getLogger(ProposalJobs.class.getName());
    static final Duration KEPT = Duration.ofHours(1);

    private final ProposalSolver solver = new ProposalSolver();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** A search and its best solution so far. */
    public static final class Job {
        private final String id;
        private final long planId;
        private final long planVersion;
        private final Instant started = Instant.now();
        private final int seconds;
        private volatile WaveProposal best;
        private volatile ProposalStatus status = ProposalStatus.SOLVING;
        private volatile Instant ended;
        private volatile ProposalSummary summary;

        Job(String id, long planId, long planVersion, WaveProposal problem, int seconds) {
            this.id = id;
            this.planId = planId;
            this.planVersion = planVersion;
            this.best = problem;
            this.seconds = seconds;
        }

        public long planVersion() {
            return planVersion;
        }
    }

    ProposalSummary start(long planId, long planVersion, WaveProposal problem, int seconds, ProposalRequest request) {
        forgetOld();
        boolean running = jobs.values().stream().anyMatch(j -> j.planId == planId && j.status == ProposalStatus.SOLVING);
        if (running) {
            throw new InvalidInput(Problem.of(null, "waves.proposal.running"));
        }
        String id = UUID.randomUUID().toString();
        Job job = new Job(id, planId, planVersion, problem, seconds);
        jobs.put(id, job);
        solver.start(id, problem, seconds, best -> {
            job.best = best;
            job.summary = null;
        }, last -> {
            job.best = last;
            job.summary = null;
            job.ended = Instant.now();
            if (job.status == ProposalStatus.SOLVING) {
                job.status = ProposalStatus.DONE;
            }
        }, (problemId, error) -> {
            LOG.log(Level.WARNING, "Wave proposal " + problemId + " failed", error);
            job.ended = Instant.now();
            job.status = ProposalStatus.FAILED;
        });
        return summary(job);
    }

    Job job(long planId, String id) {
        Job job = jobs.get(id);
        if (job == null || job.planId != planId) {
            throw new NotFound("Proposal", id);
        }
        return job;
    }

    public ProposalSummary poll(long planId, String id) {
        return summary(job(planId, id));
    }

    /** Stops the search; the best proposal found so far stays, ready to be accepted. */
    public ProposalSummary stop(long planId, String id) {
        Job job = job(planId, id);
        if (job.status == ProposalStatus.SOLVING) {
            job.status = ProposalStatus.STOPPED;
            solver.stop(id);
        }
        return summary(job);
    }

    /** The solution to write, once the search is over and before it was accepted. */
    WaveProposal acceptable(Job job) {
        if (job.status == ProposalStatus.SOLVING) {
            throw new InvalidInput(Problem.of(null, "waves.proposal.stillSolving"));
        }
        if (job.status == ProposalStatus.ACCEPTED || job.status == ProposalStatus.FAILED) {
            throw new InvalidInput(Problem.of(null, "waves.proposal.notAcceptable", job.status));
        }
        return job.best;
    }

    ProposalSummary accepted(Job job) {
        job.status = ProposalStatus.ACCEPTED;
        job.summary = null;
        return summary(job);
    }

    private ProposalSummary summary(Job job) {
        ProposalSummary cached = job.summary;
        if (cached != null && job.status != ProposalStatus.SOLVING) {
            return cached;
        }
        WaveProposal best = job.best;
        Instant end = job.ended == null ? Instant.now() : job.ended;
        int elapsed = (int) Duration.between(job.started, end).toSeconds();
        int progress = job.status == ProposalStatus.SOLVING ? Math.min(99, elapsed * 100 / Math.max(1, job.seconds)) : 100;
        boolean scored = best.getScore() != null;
        int unassigned = (int) best.getSites().stream().filter(s -> s.getWave() == null).count();
        ProposalSummary summary = new ProposalSummary(job.id, job.planId, job.status, elapsed, job.seconds, progress,
                scored ? best.getScore().toString() : null, scored && best.getScore().isFeasible(), ProposalProblem.waves(best),
                best.getSites().size(), unassigned, scored ? solver.breakdown(best) : List.of(),
                scored ? ProposalProblem.reasons(best) : List.of());
        job.summary = summary;
        return summary;
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEPT);
        jobs.values().removeIf(j -> j.ended != null && j.ended.isBefore(limit));
    }

    @PreDestroy
    void close() {
        solver.close();
    }
}
