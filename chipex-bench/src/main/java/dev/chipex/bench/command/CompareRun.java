package dev.chipex.bench.command;

import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.Budget;
import dev.chipex.bench.report.Machine;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code chipex compare --runs 1000} on the bundled demand (every built-in regime, the Epoch AI
 * clusters), beside {@code compare --runs 1}: both as a user runs them, a JVM each, table output to
 * /dev/null, alternating for {@value #ROUNDS} rounds; medians count. Then the same command's
 * budget on the world demand ({@link WorldCompareRun}).
 */
public final class CompareRun {
    static final int ROUNDS = 3;
    static final int RUNS = 1_000;

    private CompareRun() {
    }

    public static BenchReport run(Chipex chipex, boolean quick, PrintStream progress) {
        Machine before = Machine.now();
        int runs = quick ? 2 : RUNS;
        List<String> many = List.of("compare", "--demand", "epoch-clusters", "--runs", Integer.toString(runs));
        List<String> one = List.of("compare", "--demand", "epoch-clusters", "--runs", "1");
        List<Run> manyRuns = new ArrayList<>();
        List<Run> oneRuns = new ArrayList<>();
        int rounds = quick ? 1 : ROUNDS;
        for (int round = 1; round <= rounds; round++) {
            progress.printf("compare, round %d of %d: --runs 1, then --runs %d%n", round, rounds, runs);
            oneRuns.add(Run.of(chipex.command(one), chipex.root()).orFail());
            manyRuns.add(Run.of(chipex.command(many), chipex.root()).orFail());
        }
        Budget clusters = Budget.under("compare --runs " + RUNS, "under 10 s on the bundled demand",
                new Runs(chipex.name(String.join(" ", many)), manyRuns).figure(),
                new Runs(chipex.name(String.join(" ", one)), oneRuns).figure(), 10.0);
        return BenchReport.of("compare", quick, before, List.of(clusters, WorldCompareRun.run(chipex, quick, progress)),
                List.of(), List.of("wall time from process start to exit, JVM start included; table output to /dev/null"));
    }
}
