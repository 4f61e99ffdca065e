package dev.chipex.bench;

import dev.chipex.bench.batch.BatchRun;
import dev.chipex.bench.engine.EngineRun;
import dev.chipex.bench.ledger.LedgerRun;
import dev.chipex.bench.server.ServerRun;
import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.Figure;
import dev.chipex.bench.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each benchmark runs one tiny iteration in this JVM and reports every figure it promises.
 * No timing is asserted: this only proves the benchmarks still work.
 */
class BenchmarkSmokeTest {
    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void engine_quickRun_reportsChipexAndDmnForBothRegimesWithRatios() {
        BenchReport report = EngineRun.run(true);

        assertThat(report.figures()).extracting(Figure::name).containsExactlyInAnyOrder(
                "ai-diffusion-2025 chipexOutcome", "ai-diffusion-2025 chipexFull", "ai-diffusion-2025 dmnBaseline",
                "option-1-refined-tiers chipexOutcome", "option-1-refined-tiers chipexFull",
                "option-1-refined-tiers dmnBaseline");
        assertThat(report.figures()).allSatisfy(f -> assertThat(f.value()).isPositive());
        assertThat(report.ratios()).hasSize(4);
    }

    @Test
    void batch_quickRun_reportsParseFloorEveryRegimeAndMemory() {
        BenchReport report = BatchRun.run(true, quiet);

        assertThat(report.figures()).extracting(Figure::name).contains("check --input reader (floor)",
                "read + decide pre-2025", "read + decide us-enforced", "read + decide under all 8",
                "simulator: DemandCsv read (floor)", "simulator: read + 1 run of all 8", "lean streaming reader (floor)",
                "lean read + decide under all 8", "heap per 1M transactions", "heap per 1M determinations",
                "heap per 1M full determinations", "check --input path: read + BatchDecider (full explanations) pre-2025",
                "check --input path: read + BatchDecider (full explanations) ai-diffusion-2025",
                "check --input whole path: read + decide + write JSON lines ai-diffusion-2025",
                "check --input whole path: read + decide + write CSV ai-diffusion-2025");
        assertThat(report.figures()).filteredOn(f -> f.unit().equals("rows/s"))
                .allSatisfy(f -> assertThat(f.value()).isPositive());
        assertThat(report.ratios()).extracting(r -> r.name()).containsExactly(
                "check --input reader: read + decide, worst single regime", "check --input reader: read + decide under all 8",
                "check --input path (full explanations): read + decide, worst single regime", "simulator: read + run under all 8", "lean reader: read + decide, worst single regime",
                "lean reader: read + decide under all 8");
    }

    @Test
    void ledger_quickRun_reportsBothDatabasesAgainstPlainInserts(@TempDir Path out) throws Exception {
        BenchReport report = LedgerRun.run(true, quiet);
        Path written = ReportWriter.write(report, out);

        assertThat(report.ratios()).extracting(r -> r.name()).containsExactly("SQLite, 1 thread", "SQLite, 8 threads",
                "PostgreSQL, 1 thread", "PostgreSQL, 8 threads");
        assertThat(report.figures()).allSatisfy(f -> assertThat(f.value()).isPositive());
        assertThat(Files.readString(written)).contains("\"benchmark\" : \"ledger\"", "PostgreSQL, 8 threads");
    }

    @Test
    void server_quickRun_measuresCheckBesideTheTrivialEndpoint(@TempDir Path out) throws Exception {
        BenchReport report = ServerRun.run(true, quiet);
        Path written = ReportWriter.write(report, out);

        assertThat(report.ratios()).extracting(r -> r.name()).containsExactly("check endpoint vs trivial endpoint");
        assertThat(report.figures()).hasSize(6).allSatisfy(f -> assertThat(f.value()).isPositive());
        assertThat(Files.readString(written)).contains("\"benchmark\" : \"server\"", "POST /api/v1/check: p99 latency");
    }
}
