package dev.chipex.sim.world;

import dev.chipex.core.csv.CsvTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Epoch AI's estimated AI-chip holdings by owner ({@code chip-owners.csv}) as what each owner
 * received per quarter: quarterly files as they are, cumulative ones differenced. A figure given
 * for a longer period (xAI's, by year) is spread evenly over its quarters.
 */
final class ChipOwners {
    static final String CHINA = "China";
    static final String OTHER = "Other";

    private final Map<String, Map<String, Map<Quarter, Double>>> flows = new TreeMap<>();
    private int spreadPeriods;

    ChipOwners(CsvTable table) {
        Map<String, List<CsvTable.Row>> series = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.get("kind").equals("quarter")) {
                add(row.get("owner"), row.get("designer"), LocalDate.parse(row.get("start")),
                        LocalDate.parse(row.get("end")), value(row));
            } else {
                series.computeIfAbsent(row.get("source_file") + "|" + row.get("owner") + "|" + row.get("designer")
                        + "|" + row.get("start"), k -> new ArrayList<>()).add(row);
            }
        }
        series.values().forEach(this::difference);
    }

    static ChipOwners bundled() {
        return new ChipOwners(Resources.table("chip-owners.csv"));
    }

    /** The owners, as the files name them (Microsoft, ..., China, Other). */
    List<String> owners() {
        return List.copyOf(flows.keySet());
    }

    /** H100e the owner received in the quarter, all designers. */
    double flow(String owner, Quarter q) {
        return flows.getOrDefault(owner, Map.of()).values().stream().mapToDouble(m -> m.getOrDefault(q, 0.0)).sum();
    }

    /** The designer whose chips the owner received most of in the quarter. */
    String mainDesigner(String owner, Quarter q) {
        return flows.getOrDefault(owner, Map.of()).entrySet().stream()
                .max(Comparator.comparingDouble(e -> e.getValue().getOrDefault(q, 0.0))).map(Map.Entry::getKey)
                .orElse("Nvidia");
    }

    /** H100e the owner received before 2025. */
    double before2025(String owner) {
        double sum = 0;
        for (Map<Quarter, Double> byQuarter : flows.getOrDefault(owner, Map.of()).values()) {
            for (Map.Entry<Quarter, Double> e : byQuarter.entrySet()) {
                sum += e.getKey().index() < 0 ? e.getValue() : 0;
            }
        }
        return sum;
    }

    /** Periods longer than a quarter whose figure was spread over its quarters. */
    int spreadPeriods() {
        return spreadPeriods;
    }

    private void difference(List<CsvTable.Row> rows) {
        rows.sort(Comparator.comparing(r -> LocalDate.parse(r.get("end"))));
        LocalDate from = LocalDate.parse(rows.get(0).get("start"));
        double before = 0;
        for (CsvTable.Row row : rows) {
            LocalDate end = LocalDate.parse(row.get("end"));
            add(row.get("owner"), row.get("designer"), from, end, Math.max(0, value(row) - before));
            before = value(row);
            from = end.plusDays(1);
        }
    }

    private void add(String owner, String designer, LocalDate start, LocalDate end, double h100e) {
        Quarter first = Quarter.of(start);
        int quarters = Quarter.of(end).index() - first.index() + 1;
        if (quarters > 1) {
            spreadPeriods++;
        }
        Map<Quarter, Double> byQuarter = flows.computeIfAbsent(owner, o -> new TreeMap<>())
                .computeIfAbsent(designer, d -> new TreeMap<>());
        for (int i = 0; i < quarters; i++) {
            byQuarter.merge(Quarter.at(first.index() + i), h100e / quarters, Double::sum);
        }
    }

    private static double value(CsvTable.Row row) {
        return Double.parseDouble(row.get("h100e_median"));
    }
}
