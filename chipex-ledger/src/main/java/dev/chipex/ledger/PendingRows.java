package dev.chipex.ledger;

import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.Reservation;
import dev.chipex.core.ledger.ReservationState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a session has written and not yet handed to {@link Sql}: journal entries (a recorded
 * request's fingerprint on its last one), new reservations, settled ones and accounts. They are
 * handed over together, before the next read of the database or the commit, as one multi-row
 * INSERT per table (in statements of 1, 2, 4, ... rows, so that a few statement texts serve
 * batches of any size and each is prepared once per connection) and one write per account with
 * its last balances. A batch of n reservations is then a handful of statements rather than three
 * per reservation: on PostgreSQL each statement costs the server a parse-bind-execute of its own.
 *
 * <p>The order: journal first (on what is known, right after the chain head's update, so that a
 * stale batch, or one recording a key used meanwhile, fails before it locks any other row), then
 * accounts before reservations (a new reservation's account must exist: foreign key).
 */
final class PendingRows {
    private static final MultiRowInsert JOURNAL = new MultiRowInsert("journal (seq, request_key, recorded_at, "
            + "entry_type, account_id, amount_tpp, reservation_id, expires_at, capacity_after, committed_after, "
            + "reserved_after, actor, note, prev_hash, hash, fingerprint, request_first_seq)", 17);
    private static final int FINGERPRINT = 15;
    private static final MultiRowInsert RESERVATION = new MultiRowInsert(
            "reservation (id, account_id, amount_tpp, expires_at, state)", 5);

    private final List<List<Object>> entries = new ArrayList<>();
    private final List<List<Object>> newReservations = new ArrayList<>();
    private final List<Reservation> settled = new ArrayList<>();
    /** Each account's last balances, and whether its row is known to exist (then an UPDATE will do). */
    private final Map<String, Map.Entry<AccountBalance, Boolean>> accounts = new LinkedHashMap<>();

    void entry(JournalEntry e) {
        entries.add(Arrays.asList(e.sequence(), e.idempotencyKey(), e.recordedAt().toEpochMilli(), e.type().name(),
                e.accountId(), e.amountTpp(), e.reservationId(), e.expiresAt() == null ? null : e.expiresAt().toEpochMilli(),
                e.capacityAfterTpp(), e.committedAfterTpp(), e.reservedAfterTpp(), e.actor(), e.note(),
                e.previousHash(), e.hash(), null, null));
    }

    /** Saves a reservation: HELD is new, any other state settles one (see LedgerSession). */
    void reservation(Reservation r) {
        if (r.state() == ReservationState.HELD) {
            newReservations.add(List.of(r.id(), r.accountId(), r.amountTpp(), r.expiresAt().toEpochMilli(), r.state().name()));
        } else {
            settled.add(r);
        }
    }

    /** The account's balances now; {@code knownOpen}: its row exists, as read ahead. */
    void account(AccountBalance b, boolean knownOpen) {
        Map.Entry<AccountBalance, Boolean> earlier = accounts.get(b.account().id());
        accounts.put(b.account().id(), Map.entry(b, earlier == null ? knownOpen : earlier.getValue()));
    }

    /**
     * Records a request on its last entry, the last one written here: its fingerprint, and the
     * sequence number of its first entry ({@code firstSequence}), so that a replay finds them all.
     */
    void request(String idempotencyKey, String fingerprint, long firstSequence) {
        List<Object> last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        if (last == null || !idempotencyKey.equals(last.get(1))) {
            throw new IllegalStateException("request " + idempotencyKey + " is recorded without an entry of its own");
        }
        last.set(FINGERPRINT, fingerprint);
        last.set(FINGERPRINT + 1, firstSequence);
    }

    boolean isEmpty() {
        return entries.isEmpty() && newReservations.isEmpty() && settled.isEmpty() && accounts.isEmpty();
    }

    /** Forgets the rows unsent, for a request that failed before they were needed. */
    void discard() {
        entries.clear();
        newReservations.clear();
        settled.clear();
        accounts.clear();
    }

    /** Hands the rows to {@code sql}, held from {@code position} on ({@link Sql#heldCount}), and forgets them. */
    void holdIn(Sql sql, int position) {
        for (Map.Entry<String, List<Object>> statement : statements()) {
            sql.holdAt(position++, statement.getKey(), statement.getValue());
        }
        discard();
    }

    /** The statements that write the rows, each with its parameters, in the order they must run. */
    List<Map.Entry<String, List<Object>>> statements() {
        List<Map.Entry<String, List<Object>>> statements = new ArrayList<>();
        JOURNAL.statements(entries, statements);
        accounts.values().forEach(a -> statements.add(accountWrite(a.getKey(), a.getValue())));
        RESERVATION.statements(newReservations, statements);
        settled.forEach(r -> statements.add(Map.entry("UPDATE reservation SET state = ? WHERE id = ?",
                List.of(r.state().name(), r.id()))));
        return statements;
    }

    private static Map.Entry<String, List<Object>> accountWrite(AccountBalance b, boolean knownOpen) {
        if (knownOpen) {
            return Map.entry("UPDATE account SET capacity_tpp = ?, committed_tpp = ?, reserved_tpp = ? WHERE id = ?",
                    List.of(b.capacityTpp(), b.committedTpp(), b.reservedTpp(), b.account().id()));
        }
        return Map.entry("INSERT INTO account (capacity_tpp, committed_tpp, reserved_tpp, id, kind, holder, period) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET capacity_tpp = excluded.capacity_tpp, "
                + "committed_tpp = excluded.committed_tpp, reserved_tpp = excluded.reserved_tpp",
                List.of(b.capacityTpp(), b.committedTpp(), b.reservedTpp(), b.account().id(), b.account().kind().name(),
                        b.account().holder(), b.account().period()));
    }
}
