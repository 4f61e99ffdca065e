package dev.chipex.sim.demand;

import dev.chipex.core.csv.CsvTable;
import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipCatalog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The one table that says what the data sets' chip names are ({@code chip-aliases.csv}): the
 * chipex catalog chip, or else the Epoch ML-hardware row whose TPP gives its H100e per chip
 * ({@code ml-hardware-tpp.csv}, TPP = bit-OP/s / 10^12). Names the table does not list are looked
 * up in the catalog as they are.
 */
public final class ChipAliases {
    private static final ChipAliases BUNDLED = new ChipAliases(ChipCatalog.bundled(),
            CsvTable.parse(Resources.text("chip-aliases.csv")), CsvTable.parse(Resources.text("ml-hardware-tpp.csv")));

    private final ChipCatalog catalog;
    private final Map<String, String> catalogNames = new HashMap<>();
    private final Map<String, Double> mlTpp = new HashMap<>();
    private final Map<String, Boolean> chinaOnly = new HashMap<>();

    private ChipAliases(ChipCatalog catalog, CsvTable aliases, CsvTable mlHardware) {
        this.catalog = catalog;
        Map<String, Double> tppByHardware = new HashMap<>();
        for (CsvTable.Row row : mlHardware.rows()) {
            tppByHardware.put(row.get("hardware"), Double.parseDouble(row.get("tpp_bit_ops")) / 1e12);
        }
        for (CsvTable.Row row : aliases.rows()) {
            String key = key(row.get("name"));
            if (!row.get("catalog").isBlank()) {
                catalog.resolve("chip-aliases.csv catalog", row.get("catalog"));
                catalogNames.put(key, row.get("catalog"));
            } else if (tppByHardware.containsKey(row.get("ml_hardware"))) {
                mlTpp.put(key, tppByHardware.get(row.get("ml_hardware")));
            } else {
                throw new IllegalStateException("chip-aliases.csv: '" + row.get("name") + "' names neither a catalog "
                        + "chip nor an ML-hardware row with a TPP");
            }
            chinaOnly.put(key, row.get("china_only").equals("yes"));
        }
    }

    public static ChipAliases bundled() {
        return BUNDLED;
    }

    /** The catalog chip a data set's name stands for. */
    public Optional<CatalogChip> catalogChip(String name) {
        String mapped = catalogNames.get(key(name));
        return mapped != null ? catalog.find(mapped) : name.isBlank() || mlTpp.containsKey(key(name))
                ? Optional.empty() : catalog.find(name);
    }

    /** H100-equivalents per chip: the catalog's TPP, else the ML-hardware file's, over {@code h100eTpp}. */
    public OptionalDouble h100ePerChip(String name, double h100eTpp) {
        Optional<CatalogChip> chip = catalogChip(name);
        if (chip.isPresent()) {
            return OptionalDouble.of(chip.get().spec().tpp() / h100eTpp);
        }
        Double tpp = mlTpp.get(key(name));
        return tpp == null ? OptionalDouble.empty() : OptionalDouble.of(tpp / h100eTpp);
    }

    /** A chip made for the Chinese market (H20, H800, A800, MI308X). */
    public boolean chinaOnly(String name) {
        return chinaOnly.getOrDefault(key(name), false);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
