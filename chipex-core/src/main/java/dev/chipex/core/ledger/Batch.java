package dev.chipex.core.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The entries one request writes: each chained to the session's head as it is appended. */
final class Batch {
    private final LedgerSession session;
    private final String idempotencyKey;
    private final String actor;
    private final Instant now;
    private final List<JournalEntry> written = new ArrayList<>();

    Batch(LedgerSession session, String idempotencyKey, String actor, Instant now) {
        this.session = session;
        this.idempotencyKey = idempotencyKey;
        this.actor = actor;
        this.now = now;
    }

    /** Writes an entry about an account and saves the account's new balances. */
    JournalEntry account(EntryType type, AccountBalance after, long amountTpp, Reservation reservation, String note) {
        session.saveAccount(after);
        return write(type, after.account().id(), amountTpp, reservation, new long[] {after.capacityTpp(),
                after.committedTpp(), after.reservedTpp()}, note);
    }

    JournalEntry write(EntryType type, String accountId, long amountTpp, Reservation reservation, long[] after,
                       String note) {
        JournalEntry entry = JournalEntry.chained(session.head(), idempotencyKey, now, type, accountId, amountTpp,
                reservation == null ? null : reservation.id(), reservation == null ? null : reservation.expiresAt(),
                after, actor, note);
        session.append(entry);
        written.add(entry);
        return entry;
    }

    /** The id the next entry's reservation gets: unique because sequence numbers are. */
    String nextReservationId() {
        return "res-" + (session.head().sequence() + 1);
    }

    Instant now() {
        return now;
    }

    LedgerResult.Recorded recorded(String fingerprint) {
        session.rememberRequest(idempotencyKey, fingerprint);
        return new LedgerResult.Recorded(idempotencyKey, written, false);
    }
}
