package dev.chipex.cli;

import dev.chipex.core.decision.Transaction;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.regime.RegimeCatalog;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The batch reader of {@code chipex check --input}: a CSV or JSON-lines file to checked
 * transactions, in the file's order. Public so that the benchmarks time the reader the command
 * really uses.
 */
public final class BatchReader {
    private BatchReader() {
    }

    /**
     * Reads and checks every row of the file.
     *
     * @throws InvalidInputException listing every problem (file, line, row, column) when any row is wrong
     */
    public static List<Transaction> read(Path file, RegimeCatalog catalog) {
        return read(file.toString(), InputStream.nullInputStream(), new Progress(new PrintWriter(Writer.nullWriter()), false),
                catalog);
    }

    /** {@code input} is a path, or "-" for {@code stdin}. */
    static List<Transaction> read(String input, InputStream stdin, Progress progress, RegimeCatalog catalog) {
        TransactionFile file = TransactionFile.read(input, stdin, progress);
        TransactionRows.Locator locator = (row, column, message) ->
                new Problem(file.source(), row.line(), "row " + row.number() + ", " + column, message);
        return new TransactionRows(locator, () -> EndUses.known(catalog), file.absentColumns()).parse(file.rows(), file.problems());
    }
}
