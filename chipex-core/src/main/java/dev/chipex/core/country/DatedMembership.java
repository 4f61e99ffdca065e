package dev.chipex.core.country;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A country's membership in a group over [from, until): {@code from} inclusive, {@code until}
 * exclusive, either open when absent.
 */
public record DatedMembership(String country, Optional<LocalDate> from, Optional<LocalDate> until,
                              Confidence confidence, String citation) {
    public DatedMembership {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(citation, "citation");
        if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
            throw new IllegalArgumentException(country + ": membership ends (" + until.get()
                    + ") before it starts (" + from.get() + ")");
        }
    }

    public boolean activeOn(LocalDate date) {
        return from.map(f -> !date.isBefore(f)).orElse(true) && until.map(date::isBefore).orElse(true);
    }
}
