package dev.chipex.bench.engine;

import dev.chipex.core.decision.Items;
import dev.chipex.core.decision.Transaction;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A shipment both deciders can read: datacenter chips from the catalog, no VEU claim, no end
 * use, no parent company, so that the tier-and-LPP decision is the whole story.
 */
public record Shipment(String id, LocalDate date, String chip, long quantity, String destination, String headquarters) {
    public Shipment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(chip, "chip");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(headquarters, "headquarters");
    }

    public Transaction toTransaction() {
        return new Transaction(id, date, Items.fromCatalog("item", chip), quantity, destination, "Consignee " + id,
                headquarters, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
