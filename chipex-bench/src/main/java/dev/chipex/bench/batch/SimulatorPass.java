package dev.chipex.bench.batch;

import dev.chipex.core.regime.Regime;
import dev.chipex.sim.Comparison;
import dev.chipex.sim.Progress;
import dev.chipex.sim.Simulation;
import dev.chipex.sim.demand.DemandCsv;
import dev.chipex.sim.demand.DemandSet;
import dev.chipex.sim.scenario.Assumptions;
import dev.chipex.sim.scenario.AssumptionsLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * The simulator's own path over the same file: {@code DemandCsv} reads it (the batch-check
 * columns), then chipex-sim's {@code Simulation} decides every row under every regime in one
 * central run (no Monte Carlo draws), on one thread, tallying what ships, as
 * {@code chipex simulate} does.
 */
final class SimulatorPass {
    private final Assumptions assumptions = AssumptionsLoader.defaults();
    private final List<Regime> regimes;

    SimulatorPass(List<Regime> regimes) {
        this.regimes = List.copyOf(regimes);
    }

    /** Reads the file into the simulator's demand set: its floor. */
    DemandSet read(Path file) {
        try {
            return DemandCsv.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** One central run of every regime over the demand. */
    Comparison simulate(DemandSet demand) {
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            return Simulation.of(regimes, demand, assumptions).run(1, BatchRun.SEED, Progress.NONE, one);
        } finally {
            one.shutdown();
        }
    }
}
