package dev.chipex.cli;

import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.regime.RegimeLoader;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code --regime-file} option shared by the commands that read regimes: built-ins plus user files. */
final class RegimeFiles {
    @Option(names = "--regime-file", paramLabel = "PATH", order = 16,
            description = "Load a regime YAML file too (repeatable). It may 'extends:' a built-in regime or another "
                    + "file given here, and its id can then be named like a built-in one.")
    List<Path> files = new ArrayList<>();

    RegimeCatalog catalog() {
        if (files.isEmpty()) {
            return RegimeCatalog.builtIn();
        }
        List<RegimeLoader.RegimeText> texts = new ArrayList<>();
        for (Path file : files) {
            try {
                texts.add(new RegimeLoader.RegimeText(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw InvalidInputException.of("--regime-file", "cannot read '" + file + "' (" + e.getClass().getSimpleName()
                        + "); give the path of a readable regime YAML file");
            }
        }
        return RegimeCatalog.with(texts);
    }
}
