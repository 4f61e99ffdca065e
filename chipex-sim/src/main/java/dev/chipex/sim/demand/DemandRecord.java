package dev.chipex.sim.demand;

import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.Transaction;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One would-be shipment: the transaction a buyer would ask for, and its size in H100e (as the
 * source states it, so chips the catalog does not know still count).
 */
public record DemandRecord(String id, LocalDate date, String destination, String buyer, String headquarters,
                           Item.Chips item, long quantity, double h100e, Optional<String> veu) {
    public DemandRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(headquarters, "headquarters");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(veu, "veu");
        if (quantity < 1) {
            throw new IllegalArgumentException(id + ": quantity must be at least 1");
        }
        if (!(h100e >= 0) || Double.isInfinite(h100e)) {
            throw new IllegalArgumentException(id + ": H100e must be 0 or more");
        }
    }

    /** The record of a transaction read from a demand file, with the row's H100e. */
    static DemandRecord from(Transaction t, double h100e) {
        return new DemandRecord(t.id(), t.date(), t.destination(), t.consignee(), t.consigneeHeadquarters(),
                (Item.Chips) t.item(), t.quantity(), h100e, t.veu());
    }

    public Transaction toTransaction() {
        return new Transaction(id, date, item, quantity, destination, buyer, headquarters, Optional.empty(), veu,
                Optional.empty());
    }

    public DemandRecord withDate(LocalDate newDate) {
        return new DemandRecord(id, newDate, destination, buyer, headquarters, item, quantity, h100e, veu);
    }
}
