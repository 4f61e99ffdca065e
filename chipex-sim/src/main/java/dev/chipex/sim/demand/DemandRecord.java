package dev.chipex.sim.demand;

import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.Transaction;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One would-be shipment: the transaction a buyer would ask for, and its size in H100e (as the
 * source states it, so chips the catalog does not know still count).
 *
 * @param h100e  the shipment's H100e, for one buyer
 * @param buyers how many identical buyers the record stands for: a class of small buyers is decided
 *               once, as its representative, and counts this many times (a fraction is an expected
 *               share of one buyer); 1 for a named buyer
 */
public record DemandRecord(String id, LocalDate date, String destination, String buyer, String headquarters,
                           Item.Chips item, long quantity, double h100e, Optional<String> veu, double buyers) {
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
        if (!(buyers >= 0) || Double.isInfinite(buyers)) {
            throw new IllegalArgumentException(id + ": buyers must be 0 or more");
        }
    }

    /** One named buyer. */
    public DemandRecord(String id, LocalDate date, String destination, String buyer, String headquarters,
                        Item.Chips item, long quantity, double h100e, Optional<String> veu) {
        this(id, date, destination, buyer, headquarters, item, quantity, h100e, veu, 1);
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
        return new DemandRecord(id, newDate, destination, buyer, headquarters, item, quantity, h100e, veu, buyers);
    }

    /** H100e of every buyer the record stands for. */
    public double totalH100e() {
        return h100e * buyers;
    }
}
