package dev.chipex.bench.batch;

import dev.chipex.core.decision.Transaction;
import dev.chipex.core.shipment.FieldLocator;
import dev.chipex.core.shipment.ShipmentReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a shipment file into transactions: the floor every batch run pays before deciding. A plain
 * streaming reader of the synthetic file's columns (no quoted fields: the synthetic file has none),
 * its fields handed to the core's shipment reader as every front door hands them, one map reused
 * for every row. The harsher floor: no checks across rows, no second pass.
 */
public final class LeanReader {
    private static final String[] COLUMNS = SyntheticShipmentFile.HEADER.split(",");
    private final ShipmentReader reader = new ShipmentReader(Set.of());

    public List<Transaction> read(Path file) {
        List<Transaction> transactions = new ArrayList<>();
        forEach(file, transactions::add);
        return transactions;
    }

    /** Streams the file's transactions to {@code sink}, one at a time, holding none. */
    public void forEach(Path file, Consumer<Transaction> sink) {
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String header = in.readLine();
            if (!SyntheticShipmentFile.HEADER.equals(header)) {
                throw new IllegalArgumentException(file + ": expected the header " + SyntheticShipmentFile.HEADER);
            }
            Map<String, String> fields = new HashMap<>();
            int line = 1;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                split(text, fields);
                FieldLocator where = FieldLocator.row(file.toString(), line, line - 1);
                sink.accept(reader.read(fields, where).orThrow());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void split(String line, Map<String, String> fields) {
        int start = 0;
        for (int f = 0; f < COLUMNS.length - 1; f++) {
            int comma = line.indexOf(',', start);
            if (comma < 0) {
                throw new IllegalArgumentException("expected " + COLUMNS.length + " fields: " + line);
            }
            fields.put(COLUMNS[f], line.substring(start, comma));
            start = comma + 1;
        }
        fields.put(COLUMNS[COLUMNS.length - 1], line.substring(start));
    }
}
