package dev.chipex.core.shipment;

import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.Items;

import java.util.Map;

/**
 * Chips from the bundled catalog, by name or alias. Every shipment naming a chip the same way gets
 * the same {@link Item.Chips}: the engine recognises an item it has seen by identity.
 */
final class CatalogChips implements ChipSource {
    private final Memo<Item.Chips> byName = new Memo<>();

    @Override
    public Item.Chips chip(String field, String name, Map<String, String> fields) {
        return byName.get(name, n -> Items.fromCatalog(field, n));
    }
}
