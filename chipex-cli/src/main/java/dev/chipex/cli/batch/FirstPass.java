package dev.chipex.cli.batch;

import dev.chipex.core.decision.Transaction;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.shipment.FieldLocator;
import dev.chipex.core.shipment.ShipmentFields;
import dev.chipex.core.shipment.ShipmentRead;
import dev.chipex.core.shipment.ShipmentReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The first pass over a batch file: every row read and checked, ids compared, date order noted,
 * nothing decided. Every problem is reported at once: the file's shape first (its header, lines
 * that are not JSON objects), then each row's in row order.
 */
final class FirstPass {
    private final ShipmentFile file;
    private final ShipmentReader reader;
    private final WorkFolder work;
    private final List<Problem> shape = new ArrayList<>();
    private final RowProblems rows = new RowProblems();

    FirstPass(ShipmentFile file, ShipmentReader reader, WorkFolder work) {
        this.file = file;
        this.reader = reader;
        this.work = work;
        shape.addAll(file.headerProblems());
    }

    /** The checked batch; {@code read} hears the count after each row. */
    CheckedBatch run(IntConsumer read) throws IOException {
        PairSort dates = work.sort("dates");
        int count = 0;
        boolean ordered = true;
        try (DuplicateIds ids = new DuplicateIds(work); ShipmentFile.RowCursor cursor = file.rows(shape::add)) {
            Transaction last = null;
            for (WrittenRow row = cursor.next(); row != null; row = cursor.next()) {
                count++;
                int number = row.number();
                idOf(row).ifPresent(id -> ids.add(id, number));
                ShipmentRead shipment = reader.read(row.fields(), FieldLocator.row(file.source(), row.line(), row.number()),
                        file.absentColumns());
                if (shipment instanceof ShipmentRead.Accepted accepted) {
                    Transaction t = accepted.transaction();
                    ordered &= last == null || !t.date().isBefore(last.date());
                    last = t;
                    dates.add(t.date().toEpochDay(), row.offset());
                } else {
                    rows.add(row.number(), shipment.problems());
                }
                read.accept(count);
            }
            reportRepeats(ids.suspects());
        }
        List<Problem> problems = new ArrayList<>(shape);
        problems.addAll(rows.inRowOrder());
        if (count == 0 && problems.isEmpty()) {
            problems.add(new Problem(file.source(), 0, "", "no shipments in the file; write a header row and one row "
                    + "per shipment (columns " + String.join(", ", ShipmentFields.REQUIRED) + ")"));
        }
        if (!problems.isEmpty() || ordered) {
            dates.close();
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CheckedBatch(work, file, reader, count, ordered ? null : dates);
    }

    /** The id as the reader reads it (stripped), when the row has one. */
    private static java.util.Optional<String> idOf(WrittenRow row) {
        String id = row.fields().get("id");
        return id == null || id.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(id.strip());
    }

    /** Reads the ids of the rows whose hashes met again, and reports each id used before. */
    private void reportRepeats(Map<Integer, Long> suspects) throws IOException {
        if (suspects.isEmpty()) {
            return;
        }
        Map<Integer, String> ids = new HashMap<>();
        Map<Integer, Integer> lines = new HashMap<>();
        try (ShipmentFile.RowCursor cursor = file.rows(problem -> { })) {
            for (WrittenRow row = cursor.next(); row != null; row = cursor.next()) {
                if (suspects.containsKey(row.number())) {
                    ids.put(row.number(), idOf(row).orElseThrow());
                    lines.put(row.number(), row.line());
                }
            }
        }
        DuplicateIds.repeats(suspects, ids).forEach((row, first) -> rows.repeat(row,
                FieldLocator.row(file.source(), lines.get(row), row).at("id", "duplicate id '" + ids.get(row)
                        + "' (first used in row " + first + "); give each shipment an id of its own")));
    }
}
