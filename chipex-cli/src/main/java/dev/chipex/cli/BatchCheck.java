package dev.chipex.cli;

import dev.chipex.cli.output.OutputFormat;
import dev.chipex.core.decision.BatchDecider;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.quota.InMemoryQuotaBook;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * What {@code chipex check --input} does once the file is read and no ledger records the debits:
 * the batch decided in date order on one quota book and written in the file's order. Public so
 * that the benchmarks time the command's whole path, writing included.
 */
public final class BatchCheck {
    private static final int BUFFER_CHARS = 1 << 16;
    private final BatchDecider decider;
    private final BatchOutput output;

    public BatchCheck(DecisionEngine engine, boolean assumeApprovals, int width) {
        this.decider = new BatchDecider(engine, assumeApprovals);
        this.output = new BatchOutput(engine, assumeApprovals, width);
    }

    /** Decides {@code transactions} on {@code book} and writes them; {@code decided} hears the count after each decision. */
    public void run(List<Transaction> transactions, InMemoryQuotaBook book, OutputFormat format, PrintWriter out,
                    IntConsumer decided) {
        if (BatchOutput.writesRowByRow(format)) {
            // The command's writer flushes at every line, one system call per row on standard
            // output; rows written as they are decided go through a buffer instead.
            PrintWriter buffered = new PrintWriter(new BufferedWriter(out, BUFFER_CHARS));
            decider.decide(transactions, book, decided, output.rows(buffered, format));
            buffered.flush();
        } else {
            output.print(out, format, transactions, decider.decide(transactions, book, decided));
        }
        out.flush();
    }
}
