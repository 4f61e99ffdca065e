package dev.chipex.core.ledger;

import java.util.Objects;

/** The head of the chain: the last entry's sequence number and hash (0 and zeros when empty). */
public record ChainLink(long sequence, String hash) {
    public static final ChainLink GENESIS = new ChainLink(0, ChainHash.GENESIS);

    public ChainLink {
        Objects.requireNonNull(hash, "hash");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence cannot be negative");
        }
    }
}
