package dev.chipex.server.access;

import java.util.Objects;
import java.util.Optional;

/**
 * The response first given to an idempotent request, kept to be given again on a retry.
 *
 * @param requestHash SHA-256 of the method, path and body, so a key reused for another request is caught
 */
public record StoredResponse(String requestHash, int status, Optional<String> location, String body) {
    public StoredResponse {
        Objects.requireNonNull(requestHash, "requestHash");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(body, "body");
    }
}
