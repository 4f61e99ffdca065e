package dev.chipex.server.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes API keys. A key is 32 random bytes, base64url; only its SHA-256 is stored,
 * which is enough for high-entropy secrets (no salt or slow hash needed, unlike passwords).
 */
final class KeyHash {
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyHash() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String keyId(String hash) {
        return hash.substring(0, 12);
    }
}
