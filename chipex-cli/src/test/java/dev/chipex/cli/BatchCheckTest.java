package dev.chipex.cli;

import dev.chipex.cli.batch.CheckedBatch;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.core.decision.BatchDecider;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.country.Confidence;
import dev.chipex.core.regime.Cited;
import dev.chipex.core.regime.Condition;
import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.Facts;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.ReviewPolicy;
import dev.chipex.core.regime.Validity;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.shipment.ShipmentReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check --input}'s path after the first pass: every format written from the file as the
 * whole batch, decided at once as a list and printed, would be; JSON lines and CSV a row at a time
 * (through the disk when the file is out of date order) with few flushes.
 */
class BatchCheckTest {
    private final DecisionEngine engine = DecisionEngine.of(RegimeCatalog.builtIn().get("ai-diffusion-2025"));
    private final ShipmentReader reader = ShipmentReader.of(RegimeCatalog.builtIn());

    @TempDir
    Path dir;

    /**
     * 300 shipments of H100s over 300 days to two consignees in India and one in China, so LPP fills
     * and later rows need a license; shuffled (seeded) when asked, so that date order matters.
     */
    private Path file(boolean shuffled) throws IOException {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add("s" + i + "," + LocalDate.of(2025, 6, 1).plusDays(i / 2) + ",H100," + (100 + i) + ","
                    + (i % 7 == 0 ? "CN" : "IN") + ",\"Acme, Cloud " + (i % 2) + "\",IN,");
        }
        if (shuffled) {
            Collections.shuffle(rows, new Random(7));
        }
        rows.add(0, "id,date,item,quantity,destination,consignee,consignee_hq,veu");
        return Files.write(dir.resolve(shuffled ? "shuffled.csv" : "ordered.csv"), rows);
    }

    @ParameterizedTest
    @CsvSource({"JSONL,false", "JSONL,true", "CSV,false", "CSV,true", "JSON,false", "JSON,true", "TABLE,false", "TABLE,true"})
    void run_anyFileAnyFormat_writesWhatTheWholeBatchDecidedAtOnceWouldWithFewFlushes(OutputFormat format,
                                                                                      boolean shuffled) throws IOException {
        FlushCounter streamed = new FlushCounter();
        StringWriter whole = new StringWriter();
        try (CheckedBatch batch = CheckedBatch.check(file(shuffled), reader)) {
            assertThat(batch.inDateOrder()).isEqualTo(!shuffled);
            List<Transaction> all = batch.transactions();
            new BatchOutput(engine, true, 80).print(new PrintWriter(whole), format, all,
                    new BatchDecider(engine, true).decide(all, new InMemoryQuotaBook()));

            new BatchCheck(engine, true, 80).run(batch, new InMemoryQuotaBook(), format, new PrintWriter(streamed, true),
                    n -> { });
        }

        assertThat(streamed.toString()).isEqualTo(whole.toString()).contains("s299");
        if (BatchOutput.writesRowByRow(format)) {
            // Not one per row: the command's own writer flushes at every line, which is a system call on standard output.
            assertThat(streamed.flushes).isLessThan(30);
        }
    }

    /** Counts how often the engine tests it: it is the first control's only condition, so once per decision. */
    private static final class CountingCondition implements Condition.Defined {
        final java.util.concurrent.atomic.AtomicInteger tested = new java.util.concurrent.atomic.AtomicInteger();

        public boolean holds(Facts facts) {
            tested.incrementAndGet();
            return false;
        }

        public String describe() {
            return "never (counts the decisions)";
        }

        public List<String> groups() {
            return List.of();
        }
    }

    /** Issue #14: the walk of a shipment from check --input through the engine visits the engine once. */
    @ParameterizedTest
    @CsvSource({"JSONL,false", "JSONL,true", "CSV,true", "JSON,false", "TABLE,true"})
    void run_anyFileAnyFormat_decidesEachShipmentOnce(OutputFormat format, boolean shuffled) throws IOException {
        CountingCondition counter = new CountingCondition();
        Regime r = RegimeCatalog.builtIn().get("ai-diffusion-2025");
        List<Control> controls = new ArrayList<>();
        controls.add(new Control("test.counter", 0, "Counter", "counts decisions", new Cited("test", Confidence.U, false, true),
                Validity.ALWAYS, List.of(counter), List.of(), ReviewPolicy.CASE_BY_CASE, Optional.empty()));
        controls.addAll(r.controls());
        DecisionEngine counted = DecisionEngine.of(new Regime(r.id(), r.title(), r.citation(), r.version(), r.statuses(),
                r.effective(), r.compliance(), r.extendsId(), r.assumptions(), r.tiers(), r.groups(), r.parameters(),
                controls, r.exceptions(), r.allocations(), r.agreements(), r.deals(), r.modelWeights(), r.source()));

        try (CheckedBatch batch = CheckedBatch.check(file(shuffled), reader)) {
            new BatchCheck(counted, true, 80).run(batch, new InMemoryQuotaBook(), format, new PrintWriter(new StringWriter()),
                    n -> { });
        }

        assertThat(counter.tested.get()).isEqualTo(300);
    }

    private static final class FlushCounter extends StringWriter {
        int flushes;

        @Override
        public void flush() {
            flushes++;
        }
    }
}
