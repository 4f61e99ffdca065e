package dev.chipex.core.decision;

import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipCatalog;

import java.time.LocalDate;
import java.util.Optional;

/** Builds transactions for tests, with readable defaults. */
public final class Transactions {
    private Transactions() {
    }

    public static Item chip(String name) {
        CatalogChip chip = ChipCatalog.bundled().resolve("item", name);
        return new Item.Chips(chip.name(), chip.spec(), 1, chip.memoryBandwidthGBs());
    }

    public static Transaction ship(String date, String chip, long quantity, String destination, String consignee, String hq) {
        return new Transaction("t1", LocalDate.parse(date), chip(chip), quantity, destination, consignee, hq,
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
