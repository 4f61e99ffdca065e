package dev.chipex.sim.demand;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Demand in date order, with the compute already installed before it (existing stock, H100e by
 * country), which counts in the world's compute but is not decided again; how its size varies
 * between Monte Carlo runs; and the cloud providers' fleets before it.
 */
public record DemandSet(Dataset dataset, List<DemandRecord> records, Map<String, Double> stockByCountry,
                        DemandRange range, CloudFleets fleets) {
    private static final Comparator<DemandRecord> ORDER =
            Comparator.comparing(DemandRecord::date).thenComparing(DemandRecord::id);

    public DemandSet {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(fleets, "fleets");
        records = records.stream().sorted(ORDER).toList();
        stockByCountry = java.util.Collections.unmodifiableMap(new TreeMap<>(stockByCountry));
    }

    /** Demand of a fixed size, without cloud fleets. */
    public DemandSet(Dataset dataset, List<DemandRecord> records, Map<String, Double> stockByCountry) {
        this(dataset, records, stockByCountry, DemandRange.FIXED, CloudFleets.NONE);
    }

    public double stockH100e() {
        return stockByCountry.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
