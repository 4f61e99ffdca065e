package dev.chipex.core.regime;

import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.country.EarCountryGroups;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Regime files for tests, from a test-resource folder, with a parent lookup that serves that
 * folder's files (by id = file name without ".yaml") before the built-in regimes.
 */
final class Fixtures {
    private final String folder;

    Fixtures(String folder) {
        this.folder = folder;
    }

    RegimeLoader.RegimeText file(String name) {
        return new RegimeLoader.RegimeText(name, read("/" + folder + "/" + name).orElseThrow(
                () -> new IllegalStateException(folder + "/" + name + " is missing")));
    }

    Regime load(String name) {
        return loader().load(file(name));
    }

    RegimeLoader loader() {
        return new RegimeLoader(CountryCatalog.bundled(), EarCountryGroups.bundled(), this::parent);
    }

    private Optional<RegimeLoader.RegimeText> parent(String id) {
        Optional<String> fixture = read("/" + folder + "/" + id + ".yaml");
        if (fixture.isPresent()) {
            return Optional.of(new RegimeLoader.RegimeText(id + ".yaml", fixture.get()));
        }
        return read("/dev/chipex/core/regime/" + id + ".yaml").map(text -> new RegimeLoader.RegimeText(id + ".yaml", text));
    }

    static Optional<String> read(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
