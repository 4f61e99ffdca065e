package dev.chipex.sim.demand;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Demand in date order, with the compute already installed before it (existing stock, H100e by
 * country), which counts in the world's compute but is not decided again.
 */
public record DemandSet(Dataset dataset, List<DemandRecord> records, Map<String, Double> stockByCountry) {
    private static final Comparator<DemandRecord> ORDER =
            Comparator.comparing(DemandRecord::date).thenComparing(DemandRecord::id);

    public DemandSet {
        Objects.requireNonNull(dataset, "dataset");
        records = records.stream().sorted(ORDER).toList();
        stockByCountry = java.util.Collections.unmodifiableMap(new TreeMap<>(stockByCountry));
    }

    public double stockH100e() {
        return stockByCountry.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
