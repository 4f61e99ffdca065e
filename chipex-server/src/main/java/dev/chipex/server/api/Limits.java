package dev.chipex.server.api;

/**
 * Input limits: a body over {@code maxBodyBytes} or a batch over {@code maxBatch} transactions
 * is refused with 413; a text field over {@code maxText} characters with 422.
 */
public record Limits(long maxBodyBytes, int maxBatch, int maxText) {
    public static final Limits DEFAULT = new Limits(1_048_576, 1_000, 200);

    public Limits {
        if (maxBodyBytes < 1024 || maxBatch < 1 || maxText < 8) {
            throw new IllegalArgumentException("limits too small to be usable: " + maxBodyBytes + " bytes, "
                    + maxBatch + " transactions, " + maxText + " characters");
        }
    }
}
