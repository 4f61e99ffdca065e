package dev.chipex.sim.demand;

import dev.chipex.core.csv.CsvTable;

import java.util.OptionalDouble;

/**
 * A cluster record's H100e, checked against its chips: when the stated figure is off from chip
 * count × H100e per chip (primary and secondary chips) by more than a factor of five either way, the
 * count × per-chip figure is used (two Gulf GB300 records state 0.083 H100e per chip, 1/45 of the
 * catalog's). Smaller gaps are definitions, not errors: the file rates old chips by their best 16- or
 * 32-bit rate, TPP weights bit length, so P100s and K80s differ by two to four. Records whose chips
 * neither the alias table nor the catalog know keep their stated figure.
 */
final class StatedH100e {
    static final String CORRECTED = "records whose stated H100e contradicted chip count × H100e per chip, corrected to "
            + "the latter";
    static final String UNCHECKED = "records with chips neither the alias table nor the catalog knows, stated H100e kept";
    private static final double FACTOR = 5;

    private final ChipAliases aliases = ChipAliases.bundled();
    private final double h100eTpp;

    StatedH100e(double h100eTpp) {
        this.h100eTpp = h100eTpp;
    }

    /** The record's H100e, corrected if its chips contradict it; {@code tally} is told which (null: not counted). */
    double of(CsvTable.Row row, Tally tally) {
        double stated = Numbers.parse(row.get("H100 equivalents"));
        OptionalDouble expected = expected(row);
        if (!(stated > 0) || expected.isEmpty()) {
            boolean named = !row.get("Chip type (primary)").isBlank() && Numbers.parse(row.get("Chip quantity (primary)")) > 0;
            if (stated > 0 && named && tally != null) {
                tally.add(UNCHECKED);
            }
            return stated;
        }
        double ratio = stated / expected.getAsDouble();
        if (ratio >= 1 / FACTOR && ratio <= FACTOR) {
            return stated;
        }
        if (tally != null) {
            tally.add(CORRECTED);
        }
        return expected.getAsDouble();
    }

    private OptionalDouble expected(CsvTable.Row row) {
        OptionalDouble primary = part(row.get("Chip type (primary)"), row.get("Chip quantity (primary)"));
        if (primary.isEmpty()) {
            return primary;
        }
        String secondaryChip = row.get("Chip type (secondary)").strip();
        if (secondaryChip.isEmpty()) {
            return primary;
        }
        OptionalDouble secondary = part(secondaryChip, row.get("Chip quantity (secondary)"));
        return secondary.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(primary.getAsDouble() + secondary.getAsDouble());
    }

    private OptionalDouble part(String chip, String count) {
        double n = Numbers.parse(count);
        if (chip.isBlank() || !(n > 0)) {
            return OptionalDouble.empty();
        }
        OptionalDouble perChip = aliases.h100ePerChip(chip, h100eTpp);
        return perChip.isEmpty() ? perChip : OptionalDouble.of(n * perChip.getAsDouble());
    }
}
