package dev.chipex.core.regime;

import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.item.Classifier;
import dev.chipex.core.problem.InvalidInputException;

import java.util.List;
import java.util.Optional;

/**
 * A quota stated in chips of a named part is counted at that part's TPP in the chip catalog, so a
 * regime never carries H100e worked out with another figure for the same chip (the 2025 Gulf
 * approvals were once counted at 40,000 TPP per GB300 while the catalog debits 60,000). A quota
 * in TPP or H100e that also says how many chips it means is held to the catalog.
 */
final class ChipUnits {
    /** How far a stated TPP or H100e figure may stray from the catalog's, for rounding. */
    private static final double TOLERANCE = 0.005;

    private ChipUnits() {
    }

    /** The chip a parameter counts, when its unit is chips; problems are reported on {@code node}. */
    static Optional<Parameter.PerChip> check(String name, String unit, YamlNode node, List<DatedValue> values) {
        if (!node.has("chip")) {
            if (unit.equals("chips")) {
                node.problem("parameter '" + name + "' counts chips: name the catalog chip with 'chip: NAME' "
                        + "(see 'chipex chips list')");
            }
            if (node.has("chips")) {
                node.get("chips").problem("'chips' says how many of a chip the quota means: name it with 'chip: NAME'");
            }
            return Optional.empty();
        }
        YamlNode chipNode = node.get("chip");
        CatalogChip chip;
        try {
            chip = ChipCatalog.bundled().resolve("chip", chipNode.text(""));
        } catch (InvalidInputException e) {
            chipNode.problem(e.problems().get(0).message());
            return Optional.empty();
        }
        double tpp = chip.spec().tpp();
        if (unit.equals("chips")) {
            return Optional.of(new Parameter.PerChip(chip.name(), tpp));
        }
        if (!unit.equals("tpp") && !unit.equals("h100e")) {
            chipNode.problem("a '" + unit + "' parameter cannot name a chip; count the quota in chips (unit: chips)");
            return Optional.empty();
        }
        var chips = node.get("chips").number();
        if (chips.isEmpty()) {
            chipNode.problem("parameter '" + name + "' names " + chip.name() + ": state the quota in chips "
                    + "(unit: chips, value: N) rather than in " + unit);
            return Optional.empty();
        }
        double h100eTpp = Classifier.bundled().h100eTpp();
        double expected = chips.getAsDouble() * tpp / (unit.equals("h100e") ? h100eTpp : 1);
        for (DatedValue v : values) {
            if (Math.abs(v.value() - expected) > TOLERANCE * expected) {
                node.problem("parameter '" + name + "': " + Numbers.plain(chips.getAsDouble()) + " x " + chip.name()
                        + " are " + Numbers.plain(Math.round(expected)) + " " + unit + " by the chip catalog ("
                        + Numbers.plain(Math.round(tpp)) + " TPP each), not " + Numbers.plain(v.value())
                        + "; state the quota in chips (unit: chips, chip: " + chip.name() + ", value: "
                        + Numbers.plain(chips.getAsDouble()) + ")");
            }
        }
        return Optional.empty();
    }
}
