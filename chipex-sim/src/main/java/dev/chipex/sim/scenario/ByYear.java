package dev.chipex.sim.scenario;

import java.util.Map;
import java.util.TreeMap;

/** A figure per year; a year outside the table takes the nearest year's figure. */
public record ByYear(Map<Integer, Double> values) {
    public ByYear {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a yearly table needs at least one year");
        }
        values = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    public double in(int year) {
        TreeMap<Integer, Double> sorted = new TreeMap<>(values);
        Map.Entry<Integer, Double> at = sorted.floorEntry(year);
        return at != null ? at.getValue() : sorted.firstEntry().getValue();
    }
}
