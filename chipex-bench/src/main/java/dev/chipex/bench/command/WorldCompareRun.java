package dev.chipex.bench.command;

import dev.chipex.bench.report.Budget;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code chipex compare --runs 200} on the world demand (its default: every built-in regime, about
 * 7,100 tranches), beside {@code chipex demand show}, which reads the same data and builds the same
 * demand without simulating it: both as a user runs them, a JVM each, output to /dev/null,
 * alternating for {@value CompareRun#ROUNDS} rounds; medians count.
 */
final class WorldCompareRun {
    static final int RUNS = 200;

    private WorldCompareRun() {
    }

    static Budget run(Chipex chipex, boolean quick, PrintStream progress) {
        int runs = quick ? 2 : RUNS;
        List<String> many = List.of("compare", "--runs", Integer.toString(runs));
        List<String> built = List.of("demand", "show");
        List<Run> manyRuns = new ArrayList<>();
        List<Run> builtRuns = new ArrayList<>();
        int rounds = quick ? 1 : CompareRun.ROUNDS;
        for (int round = 1; round <= rounds; round++) {
            progress.printf("compare on the world demand, round %d of %d: demand show, then --runs %d%n", round, rounds,
                    runs);
            builtRuns.add(Run.of(chipex.command(built), chipex.root()).orFail());
            manyRuns.add(Run.of(chipex.command(many), chipex.root()).orFail());
        }
        return Budget.under("compare --runs " + RUNS + " (world demand)", "under 30 s on the world demand",
                new Runs(chipex.name(String.join(" ", many)), manyRuns).figure(),
                new Runs(chipex.name(String.join(" ", built)), builtRuns).figure(), 30.0);
    }
}
