package dev.chipex.core.ledger;

import java.util.Objects;

/**
 * One thing the audit found wrong, located by journal sequence number (0 when it concerns the
 * stored balances rather than one entry).
 */
public record AuditFinding(long sequence, Kind kind, String message) {
    public enum Kind {
        /** The entry's fields no longer give its hash: the row was edited. */
        ENTRY_EDITED,
        /** A sequence number is missing: the row was deleted. */
        ENTRY_DELETED,
        /** The entry's hash does not follow the previous entry's (rows reordered or rehashed). */
        CHAIN_BROKEN,
        /** The balances an entry states are not what the entries before it give. */
        BALANCE_MISMATCH,
        /** A stored balance, reservation, installation or agreement differs from the journal's. */
        STATE_MISMATCH
    }

    public AuditFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (sequence > 0 ? "entry " + sequence + ": " : "") + kind + ": " + message;
    }
}
