package dev.chipex.bench.batch;

import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.Items;
import dev.chipex.core.decision.Transaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a shipment file into transactions: the floor every batch run pays before deciding.
 * chipex-cli's batch reader was not on this branch when the benchmark was written, so this is a
 * plain streaming reader of the same columns (no quoted fields: the synthetic file has none).
 * Chip names, dates and country codes repeat, so each is resolved once: transactions share one
 * Item per chip and one String per country code, as a reader resolving them against the
 * catalogs would give.
 */
public final class ShipmentReader {
    private final Map<String, Item.Chips> items = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();

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
            String[] fields = new String[8];
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                split(line, fields);
                sink.accept(new Transaction(fields[0], dates.computeIfAbsent(fields[1], LocalDate::parse),
                        items.computeIfAbsent(fields[2], name -> Items.fromCatalog("item", name)),
                        Long.parseLong(fields[3]), country(fields[4]), fields[5], country(fields[6]), Optional.empty(),
                        fields[7].isEmpty() ? Optional.empty() : Optional.of(fields[7]), Optional.empty()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private String country(String code) {
        String known = countries.putIfAbsent(code, code);
        return known == null ? code : known;
    }

    private static void split(String line, String[] fields) {
        int start = 0;
        for (int f = 0; f < fields.length - 1; f++) {
            int comma = line.indexOf(',', start);
            if (comma < 0) {
                throw new IllegalArgumentException("expected " + fields.length + " fields: " + line);
            }
            fields[f] = line.substring(start, comma);
            start = comma + 1;
        }
        fields[fields.length - 1] = line.substring(start);
    }
}
