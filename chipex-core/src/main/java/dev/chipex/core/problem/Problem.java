package dev.chipex.core.problem;

import java.util.Objects;

/**
 * One located problem with user input: where it is, what was found, and how to fix it.
 * Problems are collected so that a user sees every mistake at once, not one per run.
 *
 * @param source the file or input name ("--rate", "regimes/x.yaml", "row 12")
 * @param line   1-based line in the source, or 0 when the source has no lines
 * @param path   the field path inside the source ("controls[2].citation", "quantity")
 * @param message what is wrong and how to fix it
 */
public record Problem(String source, int line, String path, String message) {
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0");
        }
    }

    public static Problem of(String path, String message) {
        return new Problem("", 0, path, message);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (!source.isEmpty()) {
            text.append(source);
            if (line > 0) {
                text.append(':').append(line);
            }
            text.append(": ");
        }
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }
}
