package dev.chipex.server.api;

import dev.chipex.core.csv.CsvTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * ISO 3166-1 numeric codes by alpha-2 code, read from core's bundled country-codes.csv
 * (datasets/country-codes, ODC-PDDL 1.0). The web map's geometry (world-atlas) is keyed by them.
 */
final class IsoNumericCodes {
    private static final Map<String, String> NUMERIC = load();

    private IsoNumericCodes() {
    }

    static String of(String alpha2) {
        return NUMERIC.getOrDefault(alpha2, "");
    }

    private static Map<String, String> load() {
        try (InputStream in = CsvTable.class.getResourceAsStream("/dev/chipex/core/country/country-codes.csv")) {
            if (in == null) {
                throw new IllegalStateException("country-codes.csv is missing from the chipex-core jar");
            }
            Map<String, String> codes = new HashMap<>();
            for (CsvTable.Row row : CsvTable.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).rows()) {
                String numeric = row.get("ISO3166-1-numeric");
                if (!numeric.isEmpty()) {
                    codes.put(row.get("ISO3166-1-Alpha-2"), numeric);
                }
            }
            return Map.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
