package dev.chipex.core.decision;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A shipment to decide: what, how many, where, to whom. Country fields are ISO 3166-1 alpha-2
 * codes, already resolved.
 *
 * @param parentHeadquarters the ultimate parent's headquarters, when it differs from the consignee's
 * @param veu                the consignee's validated-end-user claim (UVEU or NVEU), if any
 * @param endUse             a declared end use the rules know (e.g. "manufacturing"), if any
 */
public record Transaction(String id, LocalDate date, Item item, long quantity, String destination, String consignee,
                          String consigneeHeadquarters, Optional<String> parentHeadquarters, Optional<String> veu,
                          Optional<String> endUse) {
    public Transaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(consignee, "consignee");
        Objects.requireNonNull(consigneeHeadquarters, "consigneeHeadquarters");
        Objects.requireNonNull(parentHeadquarters, "parentHeadquarters");
        Objects.requireNonNull(veu, "veu");
        Objects.requireNonNull(endUse, "endUse");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, got " + quantity);
        }
        if (consignee.isBlank()) {
            throw new IllegalArgumentException("consignee must not be blank");
        }
    }

    public Transaction withQuantity(long newQuantity) {
        return new Transaction(id, date, item, newQuantity, destination, consignee, consigneeHeadquarters,
                parentHeadquarters, veu, endUse);
    }

    public Transaction withVeu(Optional<String> newVeu) {
        return new Transaction(id, date, item, quantity, destination, consignee, consigneeHeadquarters,
                parentHeadquarters, newVeu, endUse);
    }

    public Transaction withDestination(String newDestination) {
        return new Transaction(id, date, item, quantity, newDestination, consignee, consigneeHeadquarters,
                parentHeadquarters, veu, endUse);
    }
}
