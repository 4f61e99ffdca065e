package dev.chipex.core.ledger;

import java.util.Optional;

/**
 * Idempotency: a key seen before returns the first request's entries, unchanged, if the request
 * is the same; a key reused for a different request is refused rather than silently ignored.
 */
final class Replays {
    private Replays() {
    }

    static Optional<LedgerResult> of(LedgerSession session, LedgerRequest request, String fingerprint) {
        String key = request.idempotencyKey();
        return session.requestFingerprint(key).map(first -> first.equals(fingerprint)
                ? new LedgerResult.Recorded(key, session.entriesOf(key), true)
                : LedgerClerk.refused(request, Refusal.KEY_REUSED, "idempotency key '" + key
                        + "' was already used for a different request (" + first + "); use a new key", -1));
    }
}
