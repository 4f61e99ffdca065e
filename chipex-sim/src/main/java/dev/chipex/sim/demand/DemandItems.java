package dev.chipex.sim.demand;

import dev.chipex.core.decision.Item;
import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.item.ChipSpec;
import dev.chipex.core.item.ProcessingRate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns a source's chip name, count and H100e into something the engine can classify. A catalog
 * chip is used as it is. Any other chip becomes a datacenter chip whose TPP per chip is its
 * H100e share (H100e × 15,832 / count), with no die area, so only the TPP-only test (3A090.a.1)
 * can catch it: older chips such as the V100 fall below it, as they do under the real rule.
 */
public final class DemandItems {
    static final String H100 = "NVIDIA H100 SXM";

    private final ChipCatalog catalog;
    private final double h100eTpp;
    /**
     * One item per catalog chip, shared by every record naming it: the engine recognises an item
     * it has seen by identity, and classifying a fresh copy per record cost more than deciding.
     */
    private final Map<String, Item.Chips> catalogItems = new HashMap<>();

    public DemandItems(ChipCatalog catalog, double h100eTpp) {
        this.catalog = catalog;
        this.h100eTpp = h100eTpp;
    }

    /** The catalog chip the name stands for, through the data sets' alias table first. */
    Optional<CatalogChip> find(String chipName) {
        return ChipAliases.bundled().catalogChip(chipName).or(() -> catalog.find(chipName.replace(" 80GB", "")));
    }

    /** The item for {@code count} chips named {@code chipName} holding {@code h100e} in total. */
    public Item.Chips item(String chipName, long count, double h100e) {
        Optional<CatalogChip> known = chipName.isBlank() ? Optional.empty() : find(chipName);
        if (known.isPresent()) {
            CatalogChip chip = known.get();
            return catalogItems.computeIfAbsent(chip.name(),
                    name -> new Item.Chips(chip.name(), chip.spec(), 1, chip.memoryBandwidthGBs()));
        }
        if (chipName.isBlank() || count < 1) {
            CatalogChip reference = catalog.resolve("item", H100);
            return new Item.Chips(reference.name(), reference.spec(), 1, reference.memoryBandwidthGBs());
        }
        double tppPerChip = h100e * h100eTpp / count;
        // A rate at 8 bits gives TPP = 8 × TOPS, so this rate reproduces the chip's TPP exactly.
        ProcessingRate rate = new ProcessingRate(tppPerChip / 8, 8);
        return new Item.Chips(chipName, new ChipSpec(List.of(rate), OptionalDouble.empty(), true), 1, OptionalDouble.empty());
    }

    /** How many units of {@link #item} the demand is: the count, or whole H100e for the reference chip. */
    long quantity(String chipName, long count, double h100e) {
        boolean known = !chipName.isBlank() && find(chipName).isPresent();
        if ((known || !chipName.isBlank()) && count >= 1) {
            return count;
        }
        return Math.max(1, Math.round(h100e));
    }
}
