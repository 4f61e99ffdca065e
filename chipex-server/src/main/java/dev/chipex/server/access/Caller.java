package dev.chipex.server.access;

import java.util.Objects;
import java.util.Optional;

/**
 * The holder of a valid API key.
 *
 * @param keyId   a short, non-secret id of the key (the start of its hash), safe to log
 * @param company the exporter's company; empty for regulators and analysts
 */
public record Caller(String keyId, String name, Role role, Optional<String> company) {
    public Caller {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(company, "company");
        if (role == Role.EXPORTER && company.isEmpty()) {
            throw new IllegalArgumentException("an exporter key must name its company");
        }
    }
}
