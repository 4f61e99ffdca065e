package dev.chipex.cli;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One shipment as written, before validation: column (or flag) name to text. {@code number} is
 * the 1-based data row (the header does not count), {@code line} the line in the file it starts on.
 */
record TransactionRow(int number, int line, Map<String, String> values) {
    TransactionRow {
        Objects.requireNonNull(values, "values");
        values = Map.copyOf(values);
    }

    /** The value, stripped; empty when blank or absent. */
    Optional<String> find(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
