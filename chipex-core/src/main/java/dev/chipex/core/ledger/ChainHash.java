package dev.chipex.core.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 links of the journal's hash chain: each entry's hash covers the previous hash. */
final class ChainHash {
    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(String previousHash, String canonicalEntry) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(canonicalEntry.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
