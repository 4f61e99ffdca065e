package dev.chipex.core.regime;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A regime's status from a date on (until the next period's date). */
public record StatusPeriod(RegimeStatus status, Optional<LocalDate> from, String note) {
    public StatusPeriod {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(note, "note");
    }
}
