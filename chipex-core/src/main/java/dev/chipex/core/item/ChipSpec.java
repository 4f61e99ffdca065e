package dev.chipex.core.item;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What classification needs to know about an integrated circuit.
 *
 * @param dieAreaMm2  the applicable die area (sum of non-planar logic dies); empty when unknown,
 *                    and then performance density is undefined
 * @param datacenter  designed or marketed for use in datacenters
 */
public record ChipSpec(List<ProcessingRate> rates, OptionalDouble dieAreaMm2, boolean datacenter) {
    public ChipSpec {
        rates = List.copyOf(rates);
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("a chip needs at least one processing rate");
        }
        Objects.requireNonNull(dieAreaMm2, "dieAreaMm2");
        if (dieAreaMm2.isPresent() && !(dieAreaMm2.getAsDouble() > 0)) {
            throw new IllegalArgumentException("die area must be greater than 0 mm², got " + dieAreaMm2.getAsDouble());
        }
    }

    /** The highest TPP over the chip's rates: the one the ECCN tests use. */
    public double tpp() {
        return rates.stream().mapToDouble(ProcessingRate::tpp).max().orElseThrow();
    }

    /** TPP per mm² of applicable die area, when the area is known. */
    public OptionalDouble performanceDensity() {
        return dieAreaMm2.isPresent() ? OptionalDouble.of(tpp() / dieAreaMm2.getAsDouble()) : OptionalDouble.empty();
    }
}
