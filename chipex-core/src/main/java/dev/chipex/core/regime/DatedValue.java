package dev.chipex.core.regime;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A parameter value in force from a date (or always, when {@code from} is empty). */
public record DatedValue(Optional<LocalDate> from, double value) {
    public DatedValue {
        Objects.requireNonNull(from, "from");
    }
}
