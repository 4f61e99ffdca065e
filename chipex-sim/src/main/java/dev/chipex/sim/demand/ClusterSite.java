package dev.chipex.sim.demand;

import dev.chipex.core.decision.Item;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Epoch GPU cluster record as demand reads it, its quirks already handled: the compute it
 * adds (its growth, for an upgrade), where it is, who owns it and when it works.
 *
 * @param owners      every owner the record names, first one first
 * @param operational the first operational date, or the one its planning note gives
 */
public record ClusterSite(int line, String name, List<String> owners, String destination, String buyer,
                          String headquarters, Item.Chips item, long quantity, double h100e,
                          Optional<LocalDate> operational, boolean planned) {
    public ClusterSite {
        Objects.requireNonNull(name, "name");
        owners = List.copyOf(owners);
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(headquarters, "headquarters");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(operational, "operational");
    }
}
