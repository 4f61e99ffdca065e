package dev.chipex.sim.demand;

import java.util.List;
import java.util.Objects;

/**
 * Where demand came from: travels with every result so a figure is never separated from its
 * source and license.
 *
 * @param rows  demand records simulated
 * @param notes how the loader treated the source's quirks, with counts
 */
public record Dataset(String name, String vintage, String license, String attribution, int rows, List<String> notes) {
    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vintage, "vintage");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(attribution, "attribution");
        notes = List.copyOf(notes);
    }
}
