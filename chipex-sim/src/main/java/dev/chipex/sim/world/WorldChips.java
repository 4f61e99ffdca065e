package dev.chipex.sim.world;

import dev.chipex.core.decision.Item;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.item.Classifier;
import dev.chipex.sim.demand.ChipAliases;
import dev.chipex.sim.demand.DemandItems;

import java.util.HashMap;
import java.util.Map;

/**
 * The chips the world demand's tranches carry, by the sales data's names: one item per chip,
 * shared by every tranche (the engine knows an item it has seen by identity), and its H100e per chip
 * from the alias table, so a tranche's quantity carries exactly the H100e the engine will see.
 */
final class WorldChips {
    record Chip(Item.Chips item, double h100ePerChip) {
    }

    private final DemandItems items = new DemandItems(ChipCatalog.bundled(), Classifier.bundled().h100eTpp());
    private final Map<String, Chip> chips = new HashMap<>();

    Chip of(String name) {
        return chips.computeIfAbsent(name, n -> {
            double perChip = ChipAliases.bundled().h100ePerChip(n, Classifier.bundled().h100eTpp())
                    .orElseThrow(() -> new IllegalStateException("chip-aliases.csv does not size chip '" + n + "'"));
            return new Chip(items.item(n, 1, perChip), perChip);
        });
    }
}
