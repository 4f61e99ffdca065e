package dev.chipex.sim.demand;

import dev.chipex.core.csv.CsvTable;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The owner → headquarters-country crosswalk kept as data ({@code owner-headquarters.csv}), each
 * row with a source or a "guess" mark.
 */
public final class OwnerHeadquarters {
    private final Map<String, String> byOwner = new HashMap<>();
    private final Map<String, String> sources = new HashMap<>();

    private OwnerHeadquarters(CsvTable table) {
        for (CsvTable.Row row : table.rows()) {
            String key = key(row.get("owner"));
            byOwner.put(key, row.get("headquarters"));
            sources.put(key, row.get("source"));
        }
    }

    public static OwnerHeadquarters bundled() {
        return new OwnerHeadquarters(CsvTable.parse(Resources.text("owner-headquarters.csv")));
    }

    public Optional<String> headquarters(String owner) {
        return Optional.ofNullable(byOwner.get(key(owner)));
    }

    public Optional<String> source(String owner) {
        return Optional.ofNullable(sources.get(key(owner)));
    }

    public int size() {
        return byOwner.size();
    }

    private static String key(String owner) {
        return owner.strip().toLowerCase(Locale.ROOT);
    }
}
