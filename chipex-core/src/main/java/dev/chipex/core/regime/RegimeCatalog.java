package dev.chipex.core.regime;

import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.country.EarCountryGroups;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.text.Suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in regimes bundled with the core, plus any user regime files given to it. A user
 * file may extend a built-in regime or another user file.
 */
public final class RegimeCatalog {
    private static final String BASE = "/dev/chipex/core/regime/";
    private static final RegimeCatalog BUILT_IN = new RegimeCatalog(List.of());

    private final Map<String, RegimeLoader.RegimeText> userFiles = new LinkedHashMap<>();
    private final Map<String, Regime> loaded = new LinkedHashMap<>();
    private final List<String> builtInIds;

    private RegimeCatalog(List<RegimeLoader.RegimeText> files) {
        this.builtInIds = readIndex();
        for (RegimeLoader.RegimeText file : files) {
            userFiles.put(idOf(file), file);
        }
    }

    /** The built-in regimes only. */
    public static RegimeCatalog builtIn() {
        return BUILT_IN;
    }

    /** The built-in regimes and these user files (name and text each). */
    public static RegimeCatalog with(List<RegimeLoader.RegimeText> files) {
        return new RegimeCatalog(files);
    }

    public List<String> builtInIds() {
        return builtInIds;
    }

    /** Every id: built-ins first, then user files in the order given. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>(builtInIds);
        userFiles.keySet().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }

    public synchronized Regime get(String id) {
        Regime regime = loaded.get(id);
        if (regime != null) {
            return regime;
        }
        RegimeLoader.RegimeText file = text(id).orElseThrow(() -> InvalidInputException.of("regime",
                "unknown regime '" + id + "'; built-in regimes: " + String.join(", ", ids())
                        + Suggestions.didYouMean(id, ids())));
        regime = loader().load(file);
        loaded.put(id, regime);
        return regime;
    }

    public List<Regime> all() {
        List<Regime> all = new ArrayList<>();
        ids().forEach(id -> all.add(get(id)));
        return all;
    }

    private RegimeLoader loader() {
        return new RegimeLoader(CountryCatalog.bundled(), EarCountryGroups.bundled(), this::text);
    }

    private Optional<RegimeLoader.RegimeText> text(String id) {
        if (userFiles.containsKey(id)) {
            return Optional.of(userFiles.get(id));
        }
        if (!builtInIds.contains(id)) {
            return Optional.empty();
        }
        return Optional.of(new RegimeLoader.RegimeText(id + ".yaml", resource(id + ".yaml")));
    }

    private static String idOf(RegimeLoader.RegimeText file) {
        for (String line : file.text().split("\n")) {
            if (line.startsWith("id:")) {
                return line.substring(3).strip().replace("\"", "").replace("'", "");
            }
        }
        return file.source();
    }

    private static List<String> readIndex() {
        List<String> ids = new ArrayList<>();
        for (String line : resource("index.yaml").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("- ")) {
                ids.add(trimmed.substring(2).strip());
            }
        }
        return List.copyOf(ids);
    }

    private static String resource(String name) {
        try (InputStream in = RegimeCatalog.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the chipex-core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
