package dev.chipex.cli;

import dev.chipex.cli.output.OutputFormat;
import dev.chipex.core.decision.BatchDecider;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Items;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.RegimeCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check --input}'s path after the read: JSON lines and CSV written row by row as decided, as the whole batch would be. */
class BatchCheckTest {
    private final DecisionEngine engine = DecisionEngine.of(RegimeCatalog.builtIn().get("ai-diffusion-2025"));

    /** 300 shipments of H100s in date order, to one consignee in India, so LPP fills and later rows need a license. */
    private static List<Transaction> batchInDateOrder() {
        List<Transaction> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(new Transaction("s" + i, LocalDate.of(2025, 6, 1).plusDays(i), Items.fromCatalog("item", "H100"),
                    100 + i, "IN", "Acme, Cloud", "IN", Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return batch;
    }

    @ParameterizedTest
    @EnumSource(value = OutputFormat.class, names = {"JSONL", "CSV"})
    void run_batchInDateOrder_writesWhatTheWholeBatchWouldWithFewFlushes(OutputFormat format) {
        List<Transaction> batch = batchInDateOrder();
        StringWriter whole = new StringWriter();
        new BatchOutput(engine, true, 80).print(new PrintWriter(whole), format, batch,
                new BatchDecider(engine, true).decide(batch, new InMemoryQuotaBook()));
        FlushCounter rows = new FlushCounter();

        new BatchCheck(engine, true, 80).run(batch, new InMemoryQuotaBook(), format, new PrintWriter(rows, true), n -> { });

        assertThat(rows.toString()).isEqualTo(whole.toString());
        // Not one per row: the command's own writer flushes at every line, which is a system call on standard output.
        assertThat(rows.flushes).isLessThan(batch.size() / 10);
    }

    private static final class FlushCounter extends StringWriter {
        int flushes;

        @Override
        public void flush() {
            flushes++;
        }
    }
}
