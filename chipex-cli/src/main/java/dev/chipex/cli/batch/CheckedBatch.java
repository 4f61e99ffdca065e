package dev.chipex.cli.batch;

import dev.chipex.core.decision.Transaction;
import dev.chipex.core.problem.ChipexException;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.shipment.ShipmentRead;
import dev.chipex.core.shipment.ShipmentReader;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * A batch file whose every row has been read and checked, and which hands its transactions over
 * one at a time: in the file's order, or in date order (ties in the file's order) straight from
 * the file when it is in date order and through a sort on disk when it is not. Memory stays
 * bounded whatever the file's size; the work files (the sorts, standard input, an output spool)
 * sit in a temporary folder deleted on {@link #close}. Public for the benchmarks.
 */
public final class CheckedBatch implements Closeable {
    private final WorkFolder work;
    private final ShipmentFile file;
    private final ShipmentReader reader;
    private final int size;
    private final PairSort dateOrder;

    CheckedBatch(WorkFolder work, ShipmentFile file, ShipmentReader reader, int size, PairSort dateOrder) {
        this.work = work;
        this.file = file;
        this.reader = reader;
        this.size = size;
        this.dateOrder = dateOrder;
    }

    /**
     * Reads and checks {@code input} (a path, or "-" for {@code stdin}, copied to the disk first),
     * telling {@code read} the count after each row.
     *
     * @throws InvalidInputException listing every problem (file, line, row, column) when any row is wrong
     */
    public static CheckedBatch check(String input, InputStream stdin, ShipmentReader reader, IntConsumer read) {
        return check(input, stdin, reader, read, PairSort.RUN_PAIRS);
    }

    public static CheckedBatch check(Path file, ShipmentReader reader) {
        return check(file.toString(), InputStream.nullInputStream(), reader, count -> { });
    }

    /** {@code runPairs}: the sorts' runs in memory (small in tests, to make them spill to the disk). */
    static CheckedBatch check(String input, InputStream stdin, ShipmentReader reader, IntConsumer read, int runPairs) {
        WorkFolder work = null;
        try {
            work = WorkFolder.create(runPairs);
            Path path = input.equals("-") ? copy(stdin, work.resolve("stdin")) : Path.of(input);
            ShipmentFile file = ShipmentFile.open(path, input.equals("-") ? "stdin" : input);
            return new FirstPass(file, reader, work).run(read);
        } catch (IOException e) {
            close(work);
            throw InvalidInputException.of("--input", "cannot read '" + input + "' (" + e.getClass().getSimpleName()
                    + "); give the path of a CSV or JSON-lines file, or - for standard input");
        } catch (RuntimeException e) {
            close(work);
            throw e;
        }
    }

    /** How many shipments the file holds. */
    public int size() {
        return size;
    }

    /** Whether no row is dated before the row above it. */
    public boolean inDateOrder() {
        return dateOrder == null;
    }

    /** Every transaction in the file's order, held: for outputs that need the whole batch. */
    public List<Transaction> transactions() {
        List<Transaction> all = new ArrayList<>(size);
        inFileOrder((place, t) -> all.add(t));
        return all;
    }

    /** Each transaction in date order (ties in the file's order), with its place in the file, none held. */
    public void inDateOrder(Placed each) {
        if (dateOrder == null) {
            inFileOrder(each);
            return;
        }
        try (PairSort.Pairs sorted = dateOrder.sorted()) {
            int count = 0;
            while (sorted.next()) {
                long place = sorted.second();
                each.accept(place, reread(file.fieldsAt(place, this::changed)));
                count++;
            }
            checkCount(count);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** A spool for output made in date order, to be written in the file's order. */
    public OutputSpool spool() {
        try {
            return new OutputSpool(work);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            file.close();
            if (dateOrder != null) {
                dateOrder.close();
            }
        } catch (IOException e) {
            throw failed(e);
        } finally {
            work.close();
        }
    }

    /** A transaction with the byte where its row starts in the file. */
    @FunctionalInterface
    public interface Placed {
        void accept(long place, Transaction transaction);
    }

    private void inFileOrder(Placed each) {
        try (ShipmentFile.RowCursor rows = file.rows(this::changed)) {
            int count = 0;
            for (WrittenRow row = rows.next(); row != null; row = rows.next()) {
                each.accept(row.offset(), reread(row.fields()));
                count++;
            }
            checkCount(count);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private Transaction reread(Map<String, String> fields) {
        ShipmentRead read = reader.read(fields, (field, message) -> new Problem(file.source(), 0, field, message), Set.of());
        if (read instanceof ShipmentRead.Accepted accepted) {
            return accepted.transaction();
        }
        throw changed(read.problems().get(0));
    }

    private void checkCount(int count) {
        if (count != size) {
            throw changed(new Problem(file.source(), 0, "", count + " rows now, " + size + " when checked"));
        }
    }

    private ChipexException changed(Problem problem) {
        return new ChipexException("'" + file.source() + "' changed while chipex read it (" + problem
                + "); nothing more is written: leave the file alone until the check ends, and run it again");
    }

    private ChipexException failed(IOException e) {
        return new ChipexException("cannot read '" + file.source() + "' again: " + e.getMessage(), e);
    }

    /** Standard input, decoded as reading it whole did (malformed bytes become U+FFFD), as UTF-8 on the disk. */
    private static Path copy(InputStream stdin, Path to) throws IOException {
        try (Reader in = new InputStreamReader(stdin, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
        return to;
    }

    private static void close(WorkFolder work) {
        if (work != null) {
            work.close();
        }
    }
}
