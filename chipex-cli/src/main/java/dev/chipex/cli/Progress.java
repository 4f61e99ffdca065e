package dev.chipex.cli;

import java.io.PrintWriter;

/**
 * Progress of long work on stderr, every {@value #EVERY} items, only when asked or when stderr is
 * a terminal, so that piped output and test captures stay clean.
 */
final class Progress {
    static final int EVERY = 100_000;

    private final PrintWriter err;
    private final boolean enabled;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Reports {@code count} items of {@code what} done, when it is a multiple of {@value #EVERY}. */
    void step(String what, long count) {
        if (enabled && count % EVERY == 0) {
            err.printf("chipex: %s %,d rows%n", what, count);
            err.flush();
        }
    }

    /** A message that matters whether or not progress is shown (always printed). */
    void warn(String message) {
        err.println("chipex: " + message);
        err.flush();
    }
}
