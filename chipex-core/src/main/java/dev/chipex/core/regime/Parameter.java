package dev.chipex.core.regime;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A dated, cited number of the law (a threshold, a quota): the value in force on a date is the
 * one with the latest {@code from} not after it.
 *
 * @param unit    tpp, h100e, chips, ops, share, count or factor
 * @param perChip for a quota counted in chips: the catalog chip and its TPP each
 */
public record Parameter(String name, String unit, String description, Cited cited, List<DatedValue> values,
                        Optional<PerChip> perChip) {
    /** A quota stated as a number of one catalog chip, counted at that chip's TPP. */
    public record PerChip(String chip, double tpp) {
        public PerChip {
            Objects.requireNonNull(chip, "chip");
        }
    }

    public Parameter(String name, String unit, String description, Cited cited, List<DatedValue> values) {
        this(name, unit, description, cited, values, Optional.empty());
    }

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(cited, "cited");
        values = values.stream()
                .sorted(Comparator.comparing(v -> v.from().orElse(LocalDate.MIN)))
                .collect(java.util.stream.Collectors.toUnmodifiableList());
        Objects.requireNonNull(perChip, "perChip");
        if (unit.equals("chips") != perChip.isPresent()) {
            throw new IllegalArgumentException("parameter '" + name + "': a count of chips names its chip, and only it");
        }
    }

    public OptionalDouble valueOn(LocalDate date) {
        OptionalDouble found = OptionalDouble.empty();
        for (DatedValue v : values) {
            if (v.from().isEmpty() || !date.isBefore(v.from().get())) {
                found = OptionalDouble.of(v.value());
            }
        }
        return found;
    }

    /** The value on the date in TPP, converting H100-equivalents at {@code h100eTpp} and chips at their TPP. */
    public OptionalDouble tppOn(LocalDate date, double h100eTpp) {
        OptionalDouble value = valueOn(date);
        if (value.isPresent() && unit.equals("h100e")) {
            return OptionalDouble.of(value.getAsDouble() * h100eTpp);
        }
        if (value.isPresent() && perChip.isPresent()) {
            return OptionalDouble.of(value.getAsDouble() * perChip.get().tpp());
        }
        return value;
    }

    public Parameter withValues(List<DatedValue> newValues) {
        return new Parameter(name, unit, description, cited, newValues, perChip);
    }
}
