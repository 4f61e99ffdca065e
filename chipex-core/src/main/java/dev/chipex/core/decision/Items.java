package dev.chipex.core.decision;

import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipCatalog;

/** Items from the chip catalog, as transactions carry them. */
public final class Items {
    private Items() {
    }

    public static Item.Chips of(CatalogChip chip) {
        return new Item.Chips(chip.name(), chip.spec(), 1, chip.memoryBandwidthGBs());
    }

    /** The catalog chip with this name or alias; an unknown name fails naming {@code field}. */
    public static Item.Chips fromCatalog(String field, String name) {
        return of(ChipCatalog.bundled().resolve(field, name));
    }
}
