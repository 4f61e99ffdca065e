package dev.chipex.bench;

import dev.chipex.bench.command.CheckInputRun;
import dev.chipex.bench.command.Chipex;
import dev.chipex.bench.command.CompareRun;
import dev.chipex.bench.command.StartRun;
import dev.chipex.bench.engine.EngineRun;
import dev.chipex.bench.ledger.LedgerRun;
import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.Budget;
import dev.chipex.bench.report.Figure;
import dev.chipex.bench.report.ReportWriter;
import dev.chipex.bench.server.ServerRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each benchmark runs one tiny iteration and reports its budget beside its baseline. No timing
 * is asserted: this only proves the benchmarks still work. The whole-command ones and the
 * server start {@code java -jar chipex-cli/target/chipex.jar} (the launcher might start a
 * build), so they need the jar that {@code mvn verify} makes before this module's tests.
 */
class BenchmarkSmokeTest {
    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private static Chipex jar() {
        Chipex chipex = new Chipex(Chipex.findRoot(), false);
        assumeTrue(Files.exists(chipex.jar()), "chipex-cli/target/chipex.jar is built by mvn package");
        return chipex;
    }

    private static void measuredBesideItsBaseline(BenchReport report, String... budgets) {
        assertThat(report.budgets()).extracting(Budget::name).containsExactly(budgets);
        assertThat(report.budgets()).allSatisfy(b -> {
            assertThat(b.figure().value()).isPositive();
            assertThat(b.baseline().value()).isPositive();
        });
    }

    @Test
    void start_quickRun_timesOneCheckBesideJavaVersion() {
        measuredBesideItsBaseline(StartRun.run(jar(), true, quiet), "one check");
    }

    @Test
    void checkInput_quickRun_timesTheCommandBesideReadingAndWritingTheRows() {
        BenchReport report = CheckInputRun.run(jar(), true, quiet);

        measuredBesideItsBaseline(report, "check --input of 1M rows");
        assertThat(report.budgets().get(0).figure().note()).contains("peak heap").doesNotContain("FAILED");
    }

    @Test
    void compare_quickRun_timesManyRunsBesideOneAndTheWorldDemandBesideItsBuilding() {
        measuredBesideItsBaseline(CompareRun.run(jar(), true, quiet), "compare --runs 1000",
                "compare --runs 200 (world demand)");
    }

    @Test
    void engine_quickRun_reportsChipexBesideDmnForBothRegimes() {
        BenchReport report = EngineRun.run(true, Path.of("unused"), quiet);

        measuredBesideItsBaseline(report, "determination vs DMN, ai-diffusion-2025",
                "determination vs DMN, option-1-refined-tiers");
        assertThat(report.figures()).hasSize(2).allSatisfy(f -> assertThat(f.value()).isPositive());
    }

    @Test
    void ledger_quickRun_reportsBothDatabasesBesidePlainInsertsAndRacesWithoutOverdraft(@TempDir Path out) {
        BenchReport report = LedgerRun.run(true, quiet);
        Path written = ReportWriter.write(report, out);

        measuredBesideItsBaseline(report, "ledger, SQLite, 1 writer", "ledger, SQLite, 8 writers",
                "ledger, PostgreSQL, 1 writer", "ledger, PostgreSQL, 8 writers");
        assertThat(report.figures()).extracting(Figure::value).containsExactly(400.0, 400.0);
        assertThat(written).content().contains("\"benchmark\" : \"ledger\"", "PostgreSQL, 8 writers");
    }

    @Test
    void server_quickRun_measuresCheckBesideTheTrivialEndpoint(@TempDir Path out) throws Exception {
        BenchReport report = ServerRun.run(jar(), true, quiet);
        Path budgets = ReportWriter.writeBudgets(List.of(report), out);

        measuredBesideItsBaseline(report, "check endpoint");
        assertThat(Files.readString(budgets)).contains("| check endpoint: p99 under 50 ms at 200 requests a second |");
    }
}
