package dev.chipex.sim.world;

import dev.chipex.core.csv.CsvTable;
import dev.chipex.sim.demand.ChipAliases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Epoch AI's estimated AI-chip shipments (all four designers), per calendar quarter, with their
 * 90% intervals ({@code chip-sales.csv}). A quarter counts while every designer has it complete;
 * the total of a quarter sums its designers' and chips' percentiles, as if their errors moved
 * together (the widest reading of the interval).
 */
final class ChipSales {
    private final Map<Quarter, Range> totals = new TreeMap<>();
    private final Map<String, Map<Quarter, Map<String, Double>>> byChip = new HashMap<>();
    private final Quarter lastComplete;
    private double before2025;
    private int incompleteRows;

    ChipSales(CsvTable table) {
        Map<String, Quarter> lastByDesigner = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Quarter q = Quarter.of(LocalDate.parse(row.get("start")));
            if (row.get("incomplete").equals("yes")) {
                incompleteRows++;
                continue;
            }
            lastByDesigner.merge(row.get("designer"), q, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        lastComplete = lastByDesigner.values().stream().min(Quarter::compareTo).orElseThrow();
        for (CsvTable.Row row : table.rows()) {
            Quarter q = Quarter.of(LocalDate.parse(row.get("start")));
            if (q.compareTo(lastComplete) > 0 || row.get("incomplete").equals("yes")) {
                continue;
            }
            Range r = new Range(number(row, "h100e_p05"), number(row, "h100e_median"), number(row, "h100e_p95"));
            if (q.index() < 0) {
                before2025 += r.median();
                continue;
            }
            totals.merge(q, r, Range::plus);
            byChip.computeIfAbsent(row.get("designer"), d -> new TreeMap<>()).computeIfAbsent(q, x -> new HashMap<>())
                    .merge(row.get("chip"), r.median(), Double::sum);
        }
    }

    static ChipSales bundled() {
        return new ChipSales(Resources.table("chip-sales.csv"));
    }

    /** Shipments of each quarter from 2025Q1 to the last complete one. */
    Map<Quarter, Range> totals() {
        return totals;
    }

    Quarter lastComplete() {
        return lastComplete;
    }

    /** Median H100e shipped before 2025 (the series start in 2022-2024 by designer). */
    double before2025() {
        return before2025;
    }

    int incompleteRows() {
        return incompleteRows;
    }

    /**
     * The chip carrying most of a designer's H100e in the quarter, among the chips made for China
     * when {@code china}, else among the others; null when there is none. After the data, the last
     * complete quarter's.
     */
    String mainChip(String designer, Quarter quarter, boolean china) {
        Map<Quarter, Map<String, Double>> quarters = byChip.get(designer);
        if (quarters == null) {
            return null;
        }
        Quarter q = quarter.compareTo(lastComplete) > 0 ? lastComplete : quarter;
        String best = null;
        double most = 0;
        for (Map.Entry<String, Double> e : quarters.getOrDefault(q, Map.of()).entrySet()) {
            if (ChipAliases.bundled().chinaOnly(e.getKey()) == china && e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static double number(CsvTable.Row row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
