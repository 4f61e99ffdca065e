package dev.chipex.cli.output;

import dev.chipex.core.problem.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The value of {@code --format}; each command says which formats it can write. */
public enum OutputFormat {
    TABLE, JSON, JSONL, CSV;

    /** Fails, naming {@code --format} and the formats {@code command} offers, unless this is one of them. */
    public OutputFormat requireOneOf(String command, OutputFormat... offered) {
        if (Arrays.asList(offered).contains(this)) {
            return this;
        }
        String names = Arrays.stream(offered).map(OutputFormat::toString).collect(Collectors.joining(", "));
        throw InvalidInputException.of("--format", "'" + this + "' is not available for '" + command
                + "': use one of " + names);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
