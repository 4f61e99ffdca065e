package dev.chipex.sim.scenario;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A figure per year; a year outside the table takes the nearest year's figure. */
public record ByYear(Map<Integer, Double> values) {
    public ByYear {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a yearly table needs at least one year");
        }
        values = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(values));
    }

    /** Called per shipment by the simulation, so it reads the sorted map kept, not a copy. */
    public double in(int year) {
        NavigableMap<Integer, Double> sorted = (NavigableMap<Integer, Double>) values;
        Map.Entry<Integer, Double> at = sorted.floorEntry(year);
        return at != null ? at.getValue() : sorted.firstEntry().getValue();
    }
}
