package dev.chipex.cli.batch;

import java.util.Map;

/**
 * One shipment as a batch file writes it: field name to text, before the reader checks it.
 * {@code number} is the 1-based data row (the header does not count), {@code line} the line it
 * starts on, {@code offset} the byte where it starts, to read it again.
 */
record WrittenRow(int number, int line, long offset, Map<String, String> fields) {
}
