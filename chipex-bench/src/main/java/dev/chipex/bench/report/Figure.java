package dev.chipex.bench.report;

import java.util.Objects;

/** One measured number, with its unit and what it is the figure of. */
public record Figure(String name, double value, String unit, String note) {
    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(note, "note");
    }

    public static Figure of(String name, double value, String unit) {
        return new Figure(name, value, unit, "");
    }
}
