package dev.chipex.server.access;

import java.util.Objects;

/** A key just created: the secret is shown once and never stored. */
public record NewKey(Caller caller, String secret) {
    public NewKey {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(secret, "secret");
    }
}
