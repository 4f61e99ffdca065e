package dev.chipex.core.ledger;

import java.util.Objects;

/** Who asks for a change; recorded on every journal entry. Only a regulator manages allocations. */
public record Actor(String name, Role role) {
    public enum Role { EXPORTER, REGULATOR }

    public Actor {
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
    }

    public static Actor exporter(String name) {
        return new Actor(name, Role.EXPORTER);
    }

    public static Actor regulator(String name) {
        return new Actor(name, Role.REGULATOR);
    }

    public boolean isRegulator() {
        return role == Role.REGULATOR;
    }

    /** As written in the journal, e.g. {@code regulator:bis}. */
    public String label() {
        return role.name().toLowerCase(java.util.Locale.ROOT) + ":" + name;
    }
}
