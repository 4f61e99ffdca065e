package dev.chipex.sim.demand;

import dev.chipex.core.csv.CsvTable;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Epoch's upgrade links: a record that builds upon another (or that another says it is
 * superseded by) holds the whole upgraded cluster, so only its growth is new demand.
 */
final class Upgrades {
    private final Map<String, Double> h100eByName = new HashMap<>();
    private final Map<String, String> predecessorOf = new HashMap<>();

    /** {@code h100e} gives a record's H100e as demand reads it (corrected where its chips contradict it). */
    Upgrades(CsvTable table, ToDoubleFunction<CsvTable.Row> h100e) {
        for (CsvTable.Row row : table.rows()) {
            String name = row.get("Name");
            if (!name.equals(EpochClusters.ANONYMISED)) {
                h100eByName.putIfAbsent(name, h100e.applyAsDouble(row));
                String next = row.get("Superseded by").strip();
                if (!next.isEmpty()) {
                    predecessorOf.putIfAbsent(next, name);
                }
            }
        }
        for (CsvTable.Row row : table.rows()) {
            String previous = row.get("Builds Upon").strip();
            if (!previous.isEmpty() && !row.get("Name").equals(EpochClusters.ANONYMISED)) {
                predecessorOf.put(row.get("Name"), previous);
            }
        }
    }

    /** The H100e of the record this one upgrades, when that record is in the data. */
    Optional<Double> predecessorH100e(CsvTable.Row row) {
        String previous = predecessorOf.get(row.get("Name"));
        if (previous == null || !h100eByName.containsKey(previous)) {
            return Optional.empty();
        }
        double h100e = h100eByName.get(previous);
        return Double.isNaN(h100e) ? Optional.empty() : Optional.of(h100e);
    }
}
