package dev.chipex.server.jobs;

import dev.chipex.sim.Comparison;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One simulation job. Its state is written by the worker and read by request threads, so every
 * change replaces one immutable snapshot.
 */
public final class Job {
    /** The job's state at one moment. */
    public record State(JobStatus status, double progress, Optional<Comparison> result, Optional<String> error,
                        Optional<Instant> finishedAt) {
        public State {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(finishedAt, "finishedAt");
        }
    }

    private final String id;
    private final SimulationSpec spec;
    private final Instant createdAt;
    private volatile State state = new State(JobStatus.QUEUED, 0, Optional.empty(), Optional.empty(), Optional.empty());

    Job(String id, SimulationSpec spec, Instant createdAt) {
        this.id = id;
        this.spec = spec;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public SimulationSpec spec() {
        return spec;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public State state() {
        return state;
    }

    synchronized void update(State next) {
        state = next;
    }

    /** Runs finish on several threads, not in order: progress only moves forward. */
    synchronized void progressed(double share) {
        if (state.status() == JobStatus.RUNNING && share > state.progress()) {
            state = new State(JobStatus.RUNNING, share, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }
}
