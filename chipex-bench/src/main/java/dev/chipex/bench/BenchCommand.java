package dev.chipex.bench;

import dev.chipex.bench.batch.BatchRun;
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
                "Measures chipex against a baseline run in the same process, so the ratios stay meaningful on a "
                        + "noisy machine. Each benchmark prints a table and writes chipex-bench/target/bench-<name>.json.",
                "",
                "  engine  one determination (JMH) vs the same decision as a DMN table on the KIE engine (~2.5 min)",
                "  batch   1M synthetic rows: parse only vs parse and decide under every regime, check --input's own path, the "
                        + "simulator, memory (~6 min)",
                "  ledger  durable reservations vs plain JDBC inserts, SQLite and PostgreSQL, 1 and 8 threads (~1.5 min)",
                "  server  POST /api/v1/check vs GET /api/v1/me on one server, loopback load client (~1 min)",
                "  all     the four in turn (~11 min)",
                "",
                "PostgreSQL comes from CHIPEX_BENCH_POSTGRES_URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres);"
                        + " the benchmark works in a schema of its own and drops it."},
        footer = {"", "Exit codes: 0 done, 1 a benchmark failed, 2 bad arguments."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BENCHMARK", description = "engine, batch, ledger, server or all")
    Benchmark benchmark;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--quick", description = "one tiny iteration each: proves the benchmark runs; the figures mean nothing")
    boolean quick;

    @Option(names = "--out", paramLabel = "FOLDER", defaultValue = "chipex-bench/target",
            description = "where the JSON reports go (default: ${DEFAULT-VALUE})")
    Path out;

    enum Benchmark { engine, batch, ledger, server, all }

    @Override
    public Integer call() {
        List<BenchReport> reports = new ArrayList<>();
        if (benchmark == Benchmark.engine || benchmark == Benchmark.all) {
            reports.add(show(EngineRun.run(quick)));
        }
        if (benchmark == Benchmark.batch || benchmark == Benchmark.all) {
            reports.add(show(BatchRun.run(quick, System.err)));
        }
        if (benchmark == Benchmark.ledger || benchmark == Benchmark.all) {
            reports.add(show(LedgerRun.run(quick, System.err)));
        }
        if (benchmark == Benchmark.server || benchmark == Benchmark.all) {
            reports.add(show(ServerRun.run(quick, System.err)));
        }
        return reports.isEmpty() ? 2 : 0;
    }

    private BenchReport show(BenchReport report) {
        ReportWriter.print(report, System.out);
        System.out.println("  written to " + ReportWriter.write(report, out));
        return report;
    }
}
