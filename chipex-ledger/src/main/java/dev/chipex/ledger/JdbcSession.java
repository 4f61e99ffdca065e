package dev.chipex.ledger;

import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.Agreement;
import dev.chipex.core.ledger.ChainLink;
import dev.chipex.core.ledger.DueAccount;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.LedgerSession;
import dev.chipex.core.ledger.Reservation;
import dev.chipex.core.ledger.ReservationState;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One write transaction's view of the ledger tables, holding the chain head's lock: every read
 * and write goes to the database as it is asked for. Each request of the transaction runs in a
 * savepoint of its own, so that one that fails can be undone alone. The chain head row is
 * written once, at {@link #finish}: the lock keeps every other writer out until the commit, so
 * the head is answered from memory until then.
 */
final class JdbcSession implements LedgerSession {
    static final String SAVEPOINT = "request";
    private final Sql sql;
    private final ChainLink locked;
    private ChainLink head;
    /** The key of the last entry appended in the current request, and the first entry of the run under it. */
    private String runKey;
    private long runStart;
    private ChainLink requestStart;

    private JdbcSession(Sql sql, ChainLink head) {
        this.sql = sql;
        this.locked = head;
        this.head = head;
    }

    /** Takes the chain head's lock and reads the head; the transaction must have begun as a write. */
    static JdbcSession locked(Sql sql, Dialect dialect) {
        ChainLink head = sql.one(dialect.lockHead(), List.of(), row -> new ChainLink(row.getLong(1), row.getString(2)))
                .orElseThrow(() -> new LedgerStoreException("the ledger has no chain head row: was it migrated?", null));
        return new JdbcSession(sql, head);
    }

    /** Starts one request of the transaction, in a savepoint that {@link #undoRequest} rolls back to. */
    void beginRequest() {
        requestStart = head;
        runKey = null;
        sql.execute("SAVEPOINT " + SAVEPOINT);
    }

    void endRequest() {
        sql.execute("RELEASE SAVEPOINT " + SAVEPOINT);
    }

    /** Takes back what a failed request wrote, leaving the transaction as it was before the request. */
    void undoRequest() {
        sql.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
        sql.execute("RELEASE SAVEPOINT " + SAVEPOINT);
        head = requestStart;
        runKey = null;
    }

    /** Writes the chain head, once for the whole transaction, just before the commit. */
    void finish() {
        if (!head.equals(locked)) {
            sql.update("UPDATE chain_head SET last_seq = ?, last_hash = ? WHERE id = 1",
                    List.of(head.sequence(), head.hash()));
        }
    }

    Sql sql() {
        return sql;
    }

    @Override
    public Optional<AccountBalance> account(String accountId) {
        return Rows.account(sql, accountId);
    }

    @Override
    public Optional<Reservation> reservation(String reservationId) {
        return sql.one(Rows.RESERVATION + " WHERE id = ?", List.of(reservationId), Rows::reservation);
    }

    @Override
    public Optional<DueAccount> dueAccount(String accountId, Instant now) {
        List<Map.Entry<AccountBalance, Optional<Reservation>>> rows = sql.list(Rows.DUE_ACCOUNT,
                List.of(now.toEpochMilli(), accountId),
                row -> Map.entry(Rows.balance(row), row.getString(7) == null ? Optional.empty()
                        : Optional.of(Rows.reservation(row, 7))));
        return rows.isEmpty() ? Optional.empty() : Optional.of(new DueAccount(rows.get(0).getKey(),
                rows.stream().flatMap(row -> row.getValue().stream()).toList()));
    }

    @Override
    public Map<String, Long> fleet(String veu) {
        return Rows.fleet(sql, veu);
    }

    @Override
    public boolean agreementExists(String agreementId) {
        return sql.one("SELECT 1 FROM agreement WHERE id = ?", List.of(agreementId), rs -> true).isPresent();
    }

    @Override
    public Optional<String> requestFingerprint(String idempotencyKey) {
        return sql.one(Rows.FINGERPRINT, List.of(idempotencyKey), rs -> rs.getString(1));
    }

    @Override
    public List<JournalEntry> entriesOf(String idempotencyKey) {
        return sql.list(Rows.ENTRIES_OF, List.of(idempotencyKey), Rows::entry);
    }

    @Override
    public ChainLink head() {
        return head;
    }

    @Override
    public void append(JournalEntry e) {
        if (e.sequence() != head.sequence() + 1 || !e.previousHash().equals(head.hash())) {
            throw new IllegalStateException("entry " + e.sequence() + " does not follow the head " + head);
        }
        sql.update("INSERT INTO journal (seq, request_key, recorded_at, entry_type, account_id, amount_tpp, "
                + "reservation_id, expires_at, capacity_after, committed_after, reserved_after, actor, note, prev_hash, "
                + "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(e.sequence(),
                e.idempotencyKey(), e.recordedAt().toEpochMilli(), e.type().name(), e.accountId(), e.amountTpp(),
                e.reservationId(), e.expiresAt() == null ? null : e.expiresAt().toEpochMilli(), e.capacityAfterTpp(),
                e.committedAfterTpp(), e.reservedAfterTpp(), e.actor(), e.note(), e.previousHash(), e.hash()));
        if (!e.idempotencyKey().equals(runKey)) {
            runKey = e.idempotencyKey();
            runStart = e.sequence();
        }
        head = e.link();
    }

    @Override
    public void saveAccount(AccountBalance b) {
        sql.update("INSERT INTO account (capacity_tpp, committed_tpp, reserved_tpp, id, kind, holder, period) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET capacity_tpp = excluded.capacity_tpp, "
                + "committed_tpp = excluded.committed_tpp, reserved_tpp = excluded.reserved_tpp",
                List.of(b.capacityTpp(), b.committedTpp(), b.reservedTpp(), b.account().id(), b.account().kind().name(),
                        b.account().holder(), b.account().period()));
    }

    @Override
    public void saveReservation(Reservation r) {
        if (r.state() == ReservationState.HELD) {
            sql.update("INSERT INTO reservation (id, account_id, amount_tpp, expires_at, state) VALUES (?, ?, ?, ?, ?)",
                    List.of(r.id(), r.accountId(), r.amountTpp(), r.expiresAt().toEpochMilli(), r.state().name()));
        } else {
            sql.update("UPDATE reservation SET state = ? WHERE id = ?", List.of(r.state().name(), r.id()));
        }
    }

    @Override
    public void saveInstalled(String veu, String country, long installedTpp) {
        sql.update("INSERT INTO installed_compute (installed_tpp, veu, country) VALUES (?, ?, ?) "
                + "ON CONFLICT (veu, country) DO UPDATE SET installed_tpp = excluded.installed_tpp",
                List.of(installedTpp, veu, country));
    }

    @Override
    public void saveAgreement(Agreement a) {
        sql.update("INSERT INTO agreement (id, kind, country, effective_from, terms, quota_tpp, period) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", List.of(a.id(), a.kind().name(), a.country(),
                a.effectiveFrom().toString(), a.terms(), a.quotaTpp(), a.period()));
    }

    /**
     * Puts the request's fingerprint, and the sequence number of its first entry, on its last
     * entry, the one just appended: a replay finds the run of entries from it (expiries before it
     * have keys of their own), and the partial unique index journal_request would refuse a key
     * recorded twice, here.
     */
    @Override
    public void rememberRequest(String idempotencyKey, String fingerprint) {
        if (!idempotencyKey.equals(runKey)) {
            throw new IllegalStateException("request " + idempotencyKey + " is recorded without an entry of its own");
        }
        sql.update("UPDATE journal SET fingerprint = ?, request_first_seq = ? WHERE seq = ?",
                List.of(fingerprint, runStart, head.sequence()));
    }
}
