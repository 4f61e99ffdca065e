package dev.chipex.server.jobs;

import dev.chipex.core.problem.ChipexException;
import dev.chipex.sim.Comparison;
import dev.chipex.sim.Simulation;
import dev.chipex.sim.demand.DemandOptions;
import dev.chipex.sim.demand.DemandSet;
import dev.chipex.sim.demand.EpochClusters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs simulation jobs one at a time on one worker thread, each job's Monte Carlo runs on a
 * small fork-join pool of its own (so simulations never take the web server's threads), with at
 * most {@code maxJobs} queued or running; more is refused. The last {@link #KEPT} jobs are kept.
 */
public final class JobRunner implements AutoCloseable {
    public static final int KEPT = 50;
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final ThreadPoolExecutor worker;
    private final ForkJoinPool pool;
    private final Clock clock;
    private final Map<String, Job> jobs = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<DemandOptions, DemandSet> demand = new ConcurrentHashMap<>();

    public JobRunner(int maxJobs, Clock clock) {
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(Math.max(1, maxJobs - 1)),
                r -> {
                    Thread t = new Thread(r, "chipex-jobs");
                    t.setDaemon(true);
                    return t;
                });
        this.pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        this.clock = clock;
    }

    /** Queues the job; empty when {@code maxJobs} are already queued or running. */
    public Optional<Job> submit(SimulationSpec spec) {
        Job job = new Job(UUID.randomUUID().toString(), spec, clock.instant());
        try {
            worker.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            return Optional.empty();
        }
        synchronized (jobs) {
            jobs.put(job.id(), job);
            while (jobs.size() > KEPT) {
                String oldest = jobs.keySet().iterator().next();
                jobs.remove(oldest);
            }
        }
        return Optional.of(job);
    }

    public Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job) {
        SimulationSpec spec = job.spec();
        job.update(new Job.State(JobStatus.RUNNING, 0, Optional.empty(), Optional.empty(), Optional.empty()));
        try {
            DemandSet set = demand.computeIfAbsent(spec.demand(), EpochClusters::load);
            Comparison c = Simulation.of(spec.regimes(), set, spec.assumptions()).run(spec.runs(), spec.seed(),
                    (done, total) -> job.progressed((double) done / total), pool);
            job.update(new Job.State(JobStatus.DONE, 1, Optional.of(c), Optional.empty(), Optional.of(now())));
        } catch (RuntimeException e) {
            if (e instanceof ChipexException) {
                LOG.warn("job {} failed: {}", job.id(), e.getMessage());
            } else {
                LOG.error("job {} failed", job.id(), e);
            }
            job.update(new Job.State(JobStatus.FAILED, job.state().progress(), Optional.empty(),
                    Optional.of(e.getMessage()), Optional.of(now())));
        }
    }

    private Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        worker.shutdownNow();
        pool.shutdownNow();
    }
}
