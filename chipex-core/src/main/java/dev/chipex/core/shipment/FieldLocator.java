package dev.chipex.core.shipment;

import dev.chipex.core.problem.Problem;

/**
 * Where a problem with one field of a shipment is reported: each front door names a field in its
 * own words (a file's line, row and column; a flag; a JSON path).
 */
@FunctionalInterface
public interface FieldLocator {
    Problem at(String field, String message);

    /** Row {@code number} of a file (the header does not count), starting on {@code line}: "file:7: row 6, quantity". */
    static FieldLocator row(String source, int line, int number) {
        return (field, message) -> new Problem(source, line, "row " + number + ", " + field, message);
    }
}
