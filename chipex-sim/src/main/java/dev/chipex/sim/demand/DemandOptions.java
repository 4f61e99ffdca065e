package dev.chipex.sim.demand;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How dated clusters become demand. A shipment is dated {@code leadDays} before the cluster's
 * first operational date. Shipments dated before {@code stockBefore} are existing stock: they
 * count in the world's compute but are not decided again, since every regime then was the
 * same. With {@code shiftTo}, every cluster is instead demand re-dated into that year (same
 * month and day): "what if the whole data set were bought in that year".
 *
 * @param plannedUndated the date of planned clusters whose note gives no year
 */
public record DemandOptions(LocalDate stockBefore, int leadDays, OptionalInt shiftTo, LocalDate plannedUndated) {
    /** Regimes first differ when the Diffusion rule's compliance date arrives. */
    public static final DemandOptions DEFAULT =
            new DemandOptions(LocalDate.of(2025, 5, 15), 90, OptionalInt.empty(), LocalDate.of(2027, 1, 1));

    public DemandOptions {
        Objects.requireNonNull(stockBefore, "stockBefore");
        Objects.requireNonNull(shiftTo, "shiftTo");
        Objects.requireNonNull(plannedUndated, "plannedUndated");
        if (leadDays < 0) {
            throw new IllegalArgumentException("lead days cannot be negative");
        }
    }

    public DemandOptions withShiftTo(int year) {
        return new DemandOptions(stockBefore, leadDays, OptionalInt.of(year), plannedUndated);
    }

    public DemandOptions withStockBefore(LocalDate date) {
        return new DemandOptions(date, leadDays, shiftTo, plannedUndated);
    }
}
