package dev.chipex.core.ledger;

import java.util.Objects;
import java.util.Optional;

/**
 * A decision taken against the ledger's live balances and, when it debits quota, the recording of
 * those debits made in the same transaction (empty when the decision debits nothing).
 */
public record Decided<T>(T decision, Optional<LedgerResult> recording) {
    public Decided {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(recording, "recording");
    }
}
