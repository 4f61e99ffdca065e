package dev.chipex.bench.command;

import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.Budget;
import dev.chipex.bench.report.Machine;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One check as a user runs it, a JVM started for it, beside {@code java -version} (the JVM's own
 * start) and the same check as {@code java -jar chipex.jar} without the launcher's start-up
 * flags. The three alternate, {@value #ROUNDS} rounds; medians count.
 */
public final class StartRun {
    static final int ROUNDS = 10;
    /** The README's first check (License Exception LPP). */
    static final List<String> CHECK = List.of("check", "--regime", "ai-diffusion-2025", "--date", "2025-06-01", "--item",
            "H100", "--quantity", "1000", "--destination", "IN", "--consignee", "Acme Cloud", "--consignee-hq", "IN");

    private StartRun() {
    }

    public static BenchReport run(Chipex chipex, boolean quick, PrintStream progress) {
        Machine before = Machine.now();
        progress.println("one check: a first run (the launcher makes its class-data archive if it has none)");
        Run.of(chipex.command(CHECK), chipex.root()).orFail();
        Chipex plain = new Chipex(chipex.root(), false);
        List<Run> versions = new ArrayList<>();
        List<Run> checks = new ArrayList<>();
        List<Run> plainChecks = new ArrayList<>();
        int rounds = quick ? 1 : ROUNDS;
        for (int round = 1; round <= rounds; round++) {
            progress.printf("one check, round %d of %d: java -version, %s, %s%n", round, rounds, chipex.name("check"),
                    plain.name("check"));
            versions.add(Run.of(Chipex.Invocation.of(List.of("java", "-version")), chipex.root()).orFail());
            checks.add(Run.of(chipex.command(CHECK), chipex.root()).orFail());
            if (chipex.launcher()) {
                plainChecks.add(Run.of(plain.command(CHECK), chipex.root()).orFail());
            }
        }
        Runs check = new Runs(chipex.name("check") + " (README's first example)", checks);
        Runs version = new Runs("java -version", versions);
        List<String> notes = List.of("wall time from process start to exit, JVM start included, output to /dev/null; "
                        + "CPU is the process's user + system time",
                "the check: " + String.join(" ", CHECK));
        return BenchReport.of("start", quick, before,
                List.of(Budget.under("one check", "under 1 s wall", check.figure(), version.figure(), 1.0)),
                plainChecks.isEmpty() ? List.of() : List.of(new Runs(plain.name("check") + " (no launcher flags)",
                        plainChecks).figure()), notes);
    }
}
