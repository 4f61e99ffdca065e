package dev.chipex.sim;

/** Told after each finished Monte Carlo run; called from worker threads. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    void runFinished(int done, int total);
}
