package dev.chipex.server.api;

/**
 * Input limits: a body over {@code maxBodyBytes} or a batch over {@code maxBatch} transactions
 * is refused with 413; a text field over {@code maxText} characters with 422. A simulation asks
 * for at most {@code maxRuns} Monte Carlo runs (422 beyond), and at most {@code maxJobs} jobs
 * wait or run at once (429 beyond).
 */
public record Limits(long maxBodyBytes, int maxBatch, int maxText, int maxRuns, int maxJobs) {
    public static final Limits DEFAULT = new Limits(1_048_576, 1_000, 200, 500, 4);

    public Limits {
        if (maxBodyBytes < 1024 || maxBatch < 1 || maxText < 8 || maxRuns < 1 || maxJobs < 1) {
            throw new IllegalArgumentException("limits too small to be usable: " + maxBodyBytes + " bytes, "
                    + maxBatch + " transactions, " + maxText + " characters, " + maxRuns + " runs, " + maxJobs + " jobs");
        }
    }
}
