package dev.chipex.server;

import java.util.Objects;

/**
 * A request refused for want of a valid key (401) or of the right role (403).
 *
 * @param keyId the refused key's id when the key was valid (403), else empty
 */
public record Denial(int status, String method, String path, String ip, String keyId, String reason) {
    public Denial {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(reason, "reason");
        if (status != 401 && status != 403) {
            throw new IllegalArgumentException("a denial is a 401 or a 403, got " + status);
        }
    }

    @Override
    public String toString() {
        return "denied " + status + " " + method + " " + path + " from " + ip
                + (keyId.isEmpty() ? "" : " key " + keyId) + ": " + reason;
    }
}
