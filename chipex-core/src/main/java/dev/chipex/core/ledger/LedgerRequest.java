package dev.chipex.core.ledger;

import java.util.Objects;

/**
 * The envelope of every state-changing call: the idempotency key that makes a retry safe, and
 * the actor. A retry with the same key returns the original result and changes nothing.
 */
public record LedgerRequest(String idempotencyKey, Actor actor) {
    static final int MAX_KEY_LENGTH = 200;

    public LedgerRequest {
        Objects.requireNonNull(actor, "actor");
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("an idempotency key is required");
        }
        if (idempotencyKey.length() > MAX_KEY_LENGTH || idempotencyKey.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an idempotency key is at most " + MAX_KEY_LENGTH
                    + " printable characters");
        }
        if (idempotencyKey.startsWith("ledger:")) {
            throw new IllegalArgumentException("idempotency keys starting with 'ledger:' are the ledger's own");
        }
    }

    public static LedgerRequest of(String idempotencyKey, Actor actor) {
        return new LedgerRequest(idempotencyKey, actor);
    }
}
