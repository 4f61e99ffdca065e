package dev.chipex.core.item;

import dev.chipex.core.csv.CsvTable;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.text.Suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The catalog of named real chips bundled with the core ({@code chips.csv}); each row names the
 * source of its figures. Many rows are seeded from Epoch AI's Machine Learning Hardware data.
 */
public final class ChipCatalog {
    public static final String ATTRIBUTION = "Chip figures partly from Epoch AI, 'Data on Machine Learning Hardware'. "
            + "Published online at epoch.ai (https://epoch.ai/data/machine-learning-hardware), CC BY 4.0; "
            + "others from vendor datasheets and whitepapers as named per chip.";

    private static final ChipCatalog BUNDLED = load();

    private final Map<String, CatalogChip> byName;
    private final Map<String, CatalogChip> byKey;

    private ChipCatalog(List<CatalogChip> chips) {
        Map<String, CatalogChip> names = new LinkedHashMap<>();
        Map<String, CatalogChip> keys = new LinkedHashMap<>();
        for (CatalogChip chip : chips) {
            names.put(chip.name(), chip);
            claim(keys, chip.name(), chip);
        }
        for (CatalogChip chip : chips) {
            chip.aliases().forEach(alias -> claim(keys, alias, chip));
            if (chip.name().startsWith(chip.vendor() + " ")) {
                claim(keys, chip.name().substring(chip.vendor().length() + 1), chip);
            }
        }
        this.byName = java.util.Collections.unmodifiableMap(names);
        this.byKey = Map.copyOf(keys);
    }

    /** A name or alias must find one chip only; a clash is a broken catalog, not a lookup choice. */
    private static void claim(Map<String, CatalogChip> keys, String name, CatalogChip chip) {
        CatalogChip holder = keys.putIfAbsent(key(name), chip);
        if (holder != null && holder != chip) {
            throw new IllegalStateException("chips.csv: '" + name + "' of " + chip.name()
                    + " already names " + holder.name() + "; chip names and aliases must be unique");
        }
    }

    public static ChipCatalog bundled() {
        return BUNDLED;
    }

    public Collection<CatalogChip> all() {
        return byName.values();
    }

    /** Finds a chip by name (with or without its vendor) or alias, ignoring case, spaces and hyphens. */
    public Optional<CatalogChip> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(name)));
    }

    /** The named chip, or an error naming {@code field} with the closest catalog names. */
    public CatalogChip resolve(String field, String name) {
        return find(name).orElseThrow(() -> InvalidInputException.of(field, "unknown chip '" + name
                + "': run 'chipex chips list' for the catalog, or classify raw figures with --rate and --die-area"
                + Suggestions.didYouMean(name, names())));
    }

    private List<String> names() {
        List<String> names = new ArrayList<>(byName.keySet());
        byName.values().forEach(chip -> names.addAll(chip.aliases()));
        return names;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "");
    }

    private static ChipCatalog load() {
        try (InputStream in = ChipCatalog.class.getResourceAsStream("chips.csv")) {
            if (in == null) {
                throw new IllegalStateException("chips.csv is missing from the chipex-core jar");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a catalog in the chips.csv format; a broken row fails the whole catalog, naming its line. */
    public static ChipCatalog read(Reader reader) {
        return new ChipCatalog(parse(CsvTable.parse(reader)));
    }

    private static List<CatalogChip> parse(CsvTable table) {
        List<CatalogChip> chips = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String where = "chips.csv:" + row.line() + " ";
            try {
                List<ProcessingRate> rates = Arrays.stream(row.get("rates").split(";"))
                        .map(r -> ProcessingRate.parse(where + "rates", r))
                        .collect(Collectors.toList());
                ChipSpec spec = new ChipSpec(rates, optionalNumber(row.get("die_area_mm2")),
                        yesOrNo(row.get("datacenter")));
                List<String> aliases = row.get("aliases").isEmpty() ? List.of()
                        : Arrays.stream(row.get("aliases").split(";")).map(String::strip).collect(Collectors.toList());
                chips.add(new CatalogChip(row.get("name"), row.get("vendor"), aliases, spec,
                        optionalNumber(row.get("memory_bandwidth_gbs")), row.get("released"), row.get("source"),
                        row.get("note")));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + e.getMessage(), e);
            }
        }
        return chips;
    }

    private static boolean yesOrNo(String text) {
        if (!text.equals("yes") && !text.equals("no")) {
            throw new IllegalArgumentException("datacenter must be yes or no, got '" + text + "'");
        }
        return text.equals("yes");
    }

    private static OptionalDouble optionalNumber(String text) {
        return text.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(text));
    }
}
