package dev.chipex.cli;

import dev.chipex.cli.batch.CheckedBatch;
import dev.chipex.cli.batch.OutputSpool;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.core.decision.BatchDecider;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.problem.ChipexException;
import dev.chipex.core.quota.InMemoryQuotaBook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * What {@code chipex check --input} does once every row is checked and no ledger records the
 * debits: the batch decided in date order on one quota book and written in the file's order.
 * JSON lines and CSV are written a row at a time, none held: straight out when the file is in
 * date order, else through a spool on disk that puts them back in the file's order. A table and
 * a JSON document open with figures of the whole batch, so they hold it. Public so that the
 * benchmarks time the command's whole path, writing included.
 */
public final class BatchCheck {
    private static final int BUFFER_CHARS = 1 << 16;
    private final BatchDecider decider;
    private final BatchOutput output;

    public BatchCheck(DecisionEngine engine, boolean assumeApprovals, int width) {
        this.decider = new BatchDecider(engine, assumeApprovals);
        this.output = new BatchOutput(engine, assumeApprovals, width);
    }

    /** Decides {@code batch} on {@code book} and writes it; {@code decided} hears the count after each decision. */
    public void run(CheckedBatch batch, InMemoryQuotaBook book, OutputFormat format, PrintWriter out, IntConsumer decided) {
        if (!BatchOutput.writesRowByRow(format)) {
            List<Transaction> transactions = batch.transactions();
            output.print(out, format, transactions, decider.decide(transactions, book, decided));
            out.flush();
            return;
        }
        // The command's writer flushes at every line, one system call per row on standard
        // output; rows written as they are decided go through a buffer instead.
        PrintWriter buffered = new PrintWriter(new BufferedWriter(out, BUFFER_CHARS));
        output.header(buffered, format);
        int[] count = {0};
        if (batch.inDateOrder()) {
            batch.inDateOrder((place, t) -> {
                output.row(buffered, format, decider.decideNext(t, book));
                decided.accept(++count[0]);
            });
        } else {
            spooled(batch, book, format, buffered, () -> decided.accept(++count[0]));
        }
        buffered.flush();
        out.flush();
    }

    private void spooled(CheckedBatch batch, InMemoryQuotaBook book, OutputFormat format, PrintWriter out, Runnable decided) {
        StringWriter line = new StringWriter();
        PrintWriter lineOut = new PrintWriter(line);
        try (OutputSpool spool = batch.spool()) {
            batch.inDateOrder((place, t) -> {
                line.getBuffer().setLength(0);
                output.row(lineOut, format, decider.decideNext(t, book));
                lineOut.flush();
                spool.add(place, line.toString());
                decided.run();
            });
            spool.writeInInputOrder(out);
        } catch (IOException e) {
            throw new ChipexException("cannot put the decided rows back in the file's order: " + e.getMessage(), e);
        }
    }
}
