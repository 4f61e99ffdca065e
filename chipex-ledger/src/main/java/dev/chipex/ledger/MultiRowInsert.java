package dev.chipex.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * INSERTs of several rows into one table, in statements of 1, 2, 4, ... up to {@value #MAX_ROWS}
 * rows (13 rows: 8, 4 and 1), so that a few statement texts serve any number of rows and each is
 * prepared once per connection ({@link Sql}). The texts are made once and shared.
 */
final class MultiRowInsert {
    /**
     * Rows in one statement at most: keeps the parameters far below both databases' limits
     * (32,766 on SQLite, 32,767 through the PostgreSQL driver) when one request expires thousands
     * of reservations, and the texts per table to seven.
     */
    static final int MAX_ROWS = 64;
    private final String table;
    private final int columns;
    /** The text for 2^i rows at index i. */
    private final AtomicReferenceArray<String> texts = new AtomicReferenceArray<>(Integer.numberOfTrailingZeros(MAX_ROWS) + 1);

    /** {@code tableAndColumns}: {@code "name (column, ...)"}, {@code columns} of them. */
    MultiRowInsert(String tableAndColumns, int columns) {
        this.table = tableAndColumns;
        this.columns = columns;
    }

    /** Adds to {@code statements} the INSERTs of {@code rows} (each {@code columns} values), in order. */
    void statements(List<List<Object>> rows, List<Map.Entry<String, List<Object>>> statements) {
        int from = 0;
        while (from < rows.size()) {
            int count = Integer.highestOneBit(Math.min(rows.size() - from, MAX_ROWS));
            List<Object> parameters = new ArrayList<>(count * columns);
            rows.subList(from, from + count).forEach(parameters::addAll);
            statements.add(Map.entry(text(count), parameters));
            from += count;
        }
    }

    private String text(int powerOfTwoRows) {
        int index = Integer.numberOfTrailingZeros(powerOfTwoRows);
        String text = texts.get(index);
        if (text == null) {
            String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
            text = "INSERT INTO " + table + " VALUES " + String.join(", ", Collections.nCopies(powerOfTwoRows, row));
            texts.set(index, text);
        }
        return text;
    }
}
