package dev.chipex.bench;

import dev.chipex.bench.command.CheckInputRun;
import dev.chipex.bench.command.Chipex;
import dev.chipex.bench.command.CompareRun;
import dev.chipex.bench.command.StartRun;
import dev.chipex.bench.engine.EngineRun;
import dev.chipex.bench.ledger.LedgerRun;
import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.ReportWriter;
import dev.chipex.bench.server.ServerRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "chipex-bench/run",
        description = {
                "Measures each budget of issue #14 beside a baseline run in the same minutes, prints the figures and "
                        + "writes chipex-bench/target/bench-<name>.json, and the budgets table's rows to "
                        + "chipex-bench/target/bench-budgets.md.",
                "",
                "  start        one ./chipex check, a JVM started for it, under 1 s; beside java -version (~1 min)",
                "  check-input  ./chipex check --input of 1M rows to JSON lines under 60 s with -Xmx512m; beside the rows "
                        + "read and written without deciding (~1-2 min)",
                "  compare      ./chipex compare --demand epoch-clusters --runs 1000 under 10 s, beside --runs 1; "
                        + "--runs 200 on the world demand under 30 s, beside demand show (~2 min)",
                "  engine       a determination at least 100x faster than the DMN table (JMH, ~2.5 min)",
                "  ledger       >= 200 durable reservations a second per writer, p99 < 50 ms, 1 and 8 writers, SQLite and "
                        + "PostgreSQL, no overdraft; beside plain inserts (~1.5 min)",
                "  server       POST /api/v1/check p99 < 50 ms at 200 requests a second; beside GET /api/v1/me (~1.5 min)",
                "  all          every one in turn (~8-10 min)",
                "",
                "PostgreSQL comes from CHIPEX_BENCH_POSTGRES_URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres);"
                        + " the benchmark works in schemas of its own and drops them."},
        footer = {"", "Exit codes: 0 measured (met or not: see the table), 1 a benchmark failed, 2 bad arguments."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BUDGET", description = "start, check-input, compare, engine, ledger, server or all")
    String budget;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--quick", description = "one tiny iteration each: proves the benchmark runs; the figures mean nothing")
    boolean quick;

    @Option(names = "--out", paramLabel = "FOLDER", defaultValue = "chipex-bench/target",
            description = "where the reports go (default: ${DEFAULT-VALUE})")
    Path out;

    static final List<String> BUDGETS = List.of("start", "check-input", "compare", "engine", "ledger", "server");

    @Override
    public Integer call() {
        if (!budget.equals("all") && !BUDGETS.contains(budget)) {
            System.err.println("chipex-bench: unknown budget '" + budget + "'; one of " + String.join(", ", BUDGETS) + ", all");
            return 2;
        }
        Chipex chipex = new Chipex(Chipex.findRoot(), true);
        List<BenchReport> reports = new ArrayList<>();
        for (String name : BUDGETS) {
            if (budget.equals("all") || budget.equals(name)) {
                BenchReport report = measure(name, chipex);
                ReportWriter.print(report, System.out);
                System.out.println("  written to " + ReportWriter.write(report, out));
                reports.add(report);
            }
        }
        System.out.println();
        System.out.println("budgets table rows written to " + ReportWriter.writeBudgets(reports, out));
        reports.stream().flatMap(r -> r.budgets().stream())
                .forEach(b -> System.out.println("  " + (b.met() ? "met     " : "NOT met ") + b.name()));
        return 0;
    }

    private BenchReport measure(String name, Chipex chipex) {
        return switch (name) {
            case "start" -> StartRun.run(chipex, quick, System.err);
            case "check-input" -> CheckInputRun.run(chipex, quick, System.err);
            case "compare" -> CompareRun.run(chipex, quick, System.err);
            case "engine" -> EngineRun.run(quick, out.resolve("bench-engine-jmh.log"), System.err);
            case "ledger" -> LedgerRun.run(quick, System.err);
            default -> ServerRun.run(chipex, quick, System.err);
        };
    }
}
