package dev.chipex.core.regime;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** When a rule is in force: from (inclusive) until (exclusive), each open when absent. */
public record Validity(Optional<LocalDate> from, Optional<LocalDate> until) {
    public static final Validity ALWAYS = new Validity(Optional.empty(), Optional.empty());

    public Validity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    public boolean activeOn(LocalDate date) {
        return (from.isEmpty() || !date.isBefore(from.get())) && (until.isEmpty() || date.isBefore(until.get()));
    }

    public boolean isEmptyRange() {
        return from.isPresent() && until.isPresent() && !until.get().isAfter(from.get());
    }

    /** This validity, starting no earlier than {@code date} when it has no start of its own. */
    public Validity startingAtLeast(Optional<LocalDate> date) {
        return from.isPresent() ? this : new Validity(date, until);
    }

    @Override
    public String toString() {
        return from.map(LocalDate::toString).orElse("…") + " to " + until.map(LocalDate::toString).orElse("…");
    }
}
