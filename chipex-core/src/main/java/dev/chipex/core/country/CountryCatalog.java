package dev.chipex.core.country;

import dev.chipex.core.csv.CsvTable;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.text.Suggestions;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every ISO 3166-1 country and territory, found by code, name or common alias.
 * Data: datasets/country-codes (Open Knowledge, ODC-PDDL 1.0), bundled unmodified.
 */
public final class CountryCatalog {
    public static final String ATTRIBUTION =
            "Country names and codes: datasets/country-codes (Open Knowledge / Frictionless core datasets), ODC-PDDL 1.0";

    /** Names people use that the data set does not carry, or carries differently. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("uk", "GB"), Map.entry("great britain", "GB"), Map.entry("britain", "GB"),
            Map.entry("england", "GB"), Map.entry("usa", "US"), Map.entry("united states", "US"),
            Map.entry("america", "US"), Map.entry("south korea", "KR"), Map.entry("korea", "KR"),
            Map.entry("republic of korea", "KR"), Map.entry("north korea", "KP"), Map.entry("dprk", "KP"),
            Map.entry("russia", "RU"), Map.entry("iran", "IR"), Map.entry("syria", "SY"),
            Map.entry("vietnam", "VN"), Map.entry("laos", "LA"), Map.entry("burma", "MM"),
            Map.entry("turkey", "TR"), Map.entry("macau", "MO"), Map.entry("macao", "MO"),
            Map.entry("hong kong", "HK"), Map.entry("taiwan", "TW"), Map.entry("czech republic", "CZ"),
            Map.entry("uae", "AE"), Map.entry("emirates", "AE"), Map.entry("prc", "CN"),
            Map.entry("mainland china", "CN"), Map.entry("drc", "CD"), Map.entry("dr congo", "CD"),
            Map.entry("congo-kinshasa", "CD"), Map.entry("congo-brazzaville", "CG"),
            Map.entry("ivory coast", "CI"), Map.entry("moldova", "MD"), Map.entry("venezuela", "VE"),
            Map.entry("bolivia", "BO"), Map.entry("tanzania", "TZ"), Map.entry("holland", "NL"));

    /** Declared after ALIASES: loading reads them, and static fields initialise in order. */
    private static final CountryCatalog BUNDLED = load();

    private final Map<String, Country> byCode;
    private final Map<String, String> byName;

    private CountryCatalog(Map<String, Country> byCode, Map<String, String> byName) {
        this.byCode = java.util.Collections.unmodifiableMap(new TreeMap<>(byCode));
        this.byName = Map.copyOf(byName);
    }

    public static CountryCatalog bundled() {
        return BUNDLED;
    }

    private static CountryCatalog load() {
        var stream = CountryCatalog.class.getResourceAsStream("country-codes.csv");
        if (stream == null) {
            throw new IllegalStateException("country-codes.csv is missing from the chipex-core jar");
        }
        CsvTable table;
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            table = CsvTable.parse(reader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, Country> byCode = new TreeMap<>();
        Map<String, String> byName = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.get("ISO3166-1-Alpha-2");
            String display = row.get("CLDR display name");
            String official = row.get("official_name_en");
            String name = official.isEmpty() ? display : displayName(display, official);
            byCode.put(code, new Country(code, name));
            for (String alias : List.of(display, official, row.get("UNTERM English Short"),
                    row.get("ISO3166-1-Alpha-3"), name)) {
                if (!alias.isEmpty()) {
                    byName.putIfAbsent(key(alias), code);
                }
            }
        }
        ALIASES.forEach((alias, code) -> byName.put(key(alias), code));
        return new CountryCatalog(byCode, byName);
    }

    /** The short customary name where it is a real name; the UN form where CLDR abbreviates. */
    private static String displayName(String display, String official) {
        if (display.isEmpty() || display.equals("US") || display.equals("UK") || display.contains(" - ")) {
            return official;
        }
        return display;
    }

    /** Every country, ordered by code. */
    public Collection<Country> all() {
        return byCode.values();
    }

    public Optional<Country> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.length() == 2) {
            Country exact = byCode.get(trimmed.toUpperCase(Locale.ROOT));
            if (exact != null) {
                return Optional.of(exact);
            }
        }
        return Optional.ofNullable(byName.get(key(trimmed))).map(byCode::get);
    }

    /**
     * The country named by {@code text}, or an error that names the field and suggests the
     * closest known names.
     */
    public Country resolve(String field, String text) {
        return find(text).orElseThrow(() -> InvalidInputException.of(field,
                "unknown country '" + text + "': give an ISO 3166-1 alpha-2 code (e.g. DE, IN, AE) or a name"
                        + Suggestions.didYouMean(text, suggestionPool())));
    }

    public boolean isKnownCode(String code) {
        return byCode.containsKey(code);
    }

    private Collection<String> suggestionPool() {
        List<String> pool = new java.util.ArrayList<>(byCode.keySet());
        byCode.values().forEach(c -> pool.add(c.name()));
        return pool;
    }

    private static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replace(" (the)", "").replaceAll("[^a-z0-9]+", " ").strip();
    }
}
