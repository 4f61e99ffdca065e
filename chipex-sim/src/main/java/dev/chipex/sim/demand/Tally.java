package dev.chipex.sim.demand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts how a loader treated each quirk, for the data set's notes. */
public final class Tally {
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    public void add(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    public int get(String what) {
        return counts.getOrDefault(what, 0);
    }

    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        counts.forEach((what, n) -> notes.add(n + " " + what));
        return notes;
    }
}
