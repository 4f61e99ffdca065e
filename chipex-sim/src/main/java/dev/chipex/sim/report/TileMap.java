package dev.chipex.sim.report;

import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.csv.CsvTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A schematic world map: one square per country, grouped by UN M49 (sub-)region in blocks placed
 * roughly where the region lies. No world geometry is served by Maven Central, so this tile grid
 * stands in for a choropleth; regions come from the bundled country-codes data (ODC-PDDL).
 */
final class TileMap {
    /** Block origin column, row and width per region, west to east, north to south. */
    private static final Map<String, int[]> BLOCKS = new LinkedHashMap<>();

    static {
        BLOCKS.put("Northern America", new int[] {0, 0, 4});
        BLOCKS.put("Caribbean", new int[] {0, 3, 5});
        BLOCKS.put("Central America", new int[] {1, 10, 3});
        BLOCKS.put("South America", new int[] {1, 13, 4});
        BLOCKS.put("Northern Europe", new int[] {8, 0, 4});
        BLOCKS.put("Western Europe", new int[] {8, 4, 3});
        BLOCKS.put("Southern Europe", new int[] {8, 7, 4});
        BLOCKS.put("Eastern Europe", new int[] {13, 0, 3});
        BLOCKS.put("Northern Africa", new int[] {9, 11, 3});
        BLOCKS.put("Western Africa", new int[] {5, 14, 4});
        BLOCKS.put("Middle Africa", new int[] {10, 14, 3});
        BLOCKS.put("Eastern Africa", new int[] {14, 13, 4});
        BLOCKS.put("Southern Africa", new int[] {10, 17, 3});
        BLOCKS.put("Western Asia", new int[] {13, 5, 4});
        BLOCKS.put("Central Asia", new int[] {17, 1, 3});
        BLOCKS.put("Southern Asia", new int[] {18, 5, 3});
        BLOCKS.put("Eastern Asia", new int[] {21, 1, 3});
        BLOCKS.put("South-eastern Asia", new int[] {21, 5, 4});
        BLOCKS.put("Australia and New Zealand", new int[] {23, 10, 2});
        BLOCKS.put("Melanesia", new int[] {21, 12, 3});
        BLOCKS.put("Micronesia", new int[] {25, 12, 3});
        BLOCKS.put("Polynesia", new int[] {25, 15, 3});
    }

    private TileMap() {
    }

    /** Country code → [column, row]. */
    static Map<String, int[]> tiles() {
        Map<String, List<String>> byRegion = new TreeMap<>();
        for (CsvTable.Row row : countryCodes().rows()) {
            String code = row.get("ISO3166-1-Alpha-2").strip();
            String region = row.get("Intermediate Region Name").isBlank() || !BLOCKS.containsKey(
                    row.get("Intermediate Region Name")) ? row.get("Sub-region Name") : row.get("Intermediate Region Name");
            if (BLOCKS.containsKey(region) && CountryCatalog.bundled().isKnownCode(code)) {
                byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(code);
            }
        }
        Map<String, int[]> tiles = new TreeMap<>();
        byRegion.forEach((region, codes) -> {
            int[] block = BLOCKS.get(region);
            codes.sort(null);
            for (int i = 0; i < codes.size(); i++) {
                tiles.put(codes.get(i), new int[] {block[0] + i % block[2], block[1] + i / block[2]});
            }
        });
        return tiles;
    }

    private static CsvTable countryCodes() {
        try (InputStream in = CountryCatalog.class.getResourceAsStream("country-codes.csv")) {
            if (in == null) {
                throw new IllegalStateException("country-codes.csv is missing from the chipex-core jar");
            }
            return CsvTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
