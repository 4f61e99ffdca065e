package dev.chipex.ledger;

import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.Agreement;
import dev.chipex.core.ledger.ChainLink;
import dev.chipex.core.ledger.DueAccount;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.LedgerSession;
import dev.chipex.core.ledger.Reservation;
import dev.chipex.core.ledger.ReservationState;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One write transaction's view of the ledger tables, holding the chain head's lock. Writes are
 * held by {@link Sql} until the next read, the end of a request that has a savepoint, or the
 * commit. The chain head row is written once, at {@link #finish}: the lock keeps every other
 * writer out until then, and this session answers {@link #head()} from memory, as it answers
 * what was read ahead ({@link ReadAhead}).
 */
final class JdbcSession implements LedgerSession {
    static final String SAVEPOINT = "request";
    private final Sql sql;
    private final ChainLink locked;
    private final ReadAhead ahead;
    private ChainLink head;
    private ChainLink requestStart;
    private boolean inSavepoint;
    private long sendsBeforeSavepoint;

    private JdbcSession(Sql sql, ChainLink head, ReadAhead ahead) {
        this.sql = sql;
        this.locked = head;
        this.head = head;
        this.ahead = ahead;
    }

    /**
     * Takes the chain head's lock, then reads the head and, ahead, the fingerprints under {@code
     * keys} and the accounts {@code accountIds} as of {@code now}: on PostgreSQL one round trip.
     */
    static JdbcSession locked(Sql sql, Dialect dialect, Set<String> keys, Set<String> accountIds, Instant now)
            throws SQLException {
        List<ChainLink> heads = new ArrayList<>();
        List<Sql.Read> reads = new ArrayList<>();
        reads.add(new Sql.Read(dialect.lockHead(), List.of(),
                row -> heads.add(new ChainLink(row.getLong(1), row.getString(2)))));
        ReadAhead ahead = ReadAhead.of(keys, accountIds, now, reads);
        sql.read(reads);
        if (heads.isEmpty()) {
            throw new SQLException("the ledger has no chain head row: was it migrated?");
        }
        return new JdbcSession(sql, heads.get(0), ahead);
    }

    /**
     * Starts one request of the transaction, in a savepoint (held, so it costs no round trip of
     * its own) that {@link #undoRequest} rolls back to, or without one when a failure is to roll
     * back the whole transaction. A session with savepoints must have read nothing ahead, since
     * what it read is not rolled back with them.
     */
    void beginRequest(boolean savepoint) {
        requestStart = head;
        inSavepoint = savepoint;
        if (savepoint) {
            sendsBeforeSavepoint = sql.sends();
            sql.hold("SAVEPOINT " + SAVEPOINT);
        }
    }

    /** Ends a request: with a savepoint, sends its writes now, so a failure among them is its own. */
    void endRequest() {
        if (inSavepoint) {
            sql.hold("RELEASE SAVEPOINT " + SAVEPOINT);
            sql.flush();
        }
    }

    /** Takes back what a failed request wrote, leaving the transaction as it was before the request. */
    void undoRequest() {
        if (!inSavepoint) {
            throw new IllegalStateException("a request without a savepoint is undone by rolling the transaction back");
        }
        sql.discard();
        if (sql.sends() > sendsBeforeSavepoint) {
            sql.hold("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            sql.hold("RELEASE SAVEPOINT " + SAVEPOINT);
            sql.flush();
        }
        head = requestStart;
    }

    /** Writes the chain head once for the whole transaction, just before the commit. */
    void finish() {
        if (!head.equals(locked)) {
            sql.hold("UPDATE chain_head SET last_seq = ?, last_hash = ? WHERE id = 1",
                    List.of(head.sequence(), head.hash()));
        }
    }

    Sql sql() {
        return sql;
    }

    @Override
    public Optional<AccountBalance> account(String accountId) {
        return ahead.account(accountId).orElseGet(() -> Rows.account(sql, accountId));
    }

    @Override
    public Optional<Reservation> reservation(String reservationId) {
        return sql.one(Rows.RESERVATION + " WHERE id = ?", List.of(reservationId), Rows::reservation);
    }

    @Override
    public Optional<DueAccount> dueAccount(String accountId, Instant now) {
        Optional<Optional<DueAccount>> known = ahead.dueAccount(accountId, now);
        if (known.isPresent()) {
            return known.get();
        }
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
        return ahead.fingerprint(idempotencyKey).orElseGet(() -> sql.one("SELECT fingerprint FROM request WHERE request_key = ?", List.of(idempotencyKey),
                rs -> rs.getString(1)));
    }

    @Override
    public List<JournalEntry> entriesOf(String idempotencyKey) {
        return sql.list(Rows.JOURNAL + " WHERE request_key = ? ORDER BY seq", List.of(idempotencyKey), Rows::entry);
    }

    @Override
    public ChainLink head() {
        return head;
    }

    @Override
    public void append(JournalEntry entry) {
        if (entry.sequence() != head.sequence() + 1 || !entry.previousHash().equals(head.hash())) {
            throw new IllegalStateException("entry " + entry.sequence() + " does not follow the head " + head);
        }
        Rows.insertEntry(sql, entry);
        head = entry.link();
    }

    @Override
    public void saveAccount(AccountBalance b) {
        boolean knownOpen = ahead.account(b.account().id()).map(Optional::isPresent).orElse(false);
        ahead.saved(b);
        if (knownOpen) {
            sql.hold("UPDATE account SET capacity_tpp = ?, committed_tpp = ?, reserved_tpp = ? WHERE id = ?",
                    List.of(b.capacityTpp(), b.committedTpp(), b.reservedTpp(), b.account().id()));
            return;
        }
        sql.hold("INSERT INTO account (capacity_tpp, committed_tpp, reserved_tpp, id, kind, holder, period) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET capacity_tpp = excluded.capacity_tpp, "
                + "committed_tpp = excluded.committed_tpp, reserved_tpp = excluded.reserved_tpp",
                List.of(b.capacityTpp(), b.committedTpp(), b.reservedTpp(), b.account().id(), b.account().kind().name(),
                        b.account().holder(), b.account().period()));
    }

    @Override
    public void saveReservation(Reservation r) {
        ahead.saved(r);
        if (r.state() == ReservationState.HELD) {
            sql.hold("INSERT INTO reservation (id, account_id, amount_tpp, expires_at, state) VALUES (?, ?, ?, ?, ?)",
                    List.of(r.id(), r.accountId(), r.amountTpp(), r.expiresAt().toEpochMilli(), r.state().name()));
        } else {
            sql.hold("UPDATE reservation SET state = ? WHERE id = ?", List.of(r.state().name(), r.id()));
        }
    }

    @Override
    public void saveInstalled(String veu, String country, long installedTpp) {
        sql.hold("INSERT INTO installed_compute (installed_tpp, veu, country) VALUES (?, ?, ?) "
                + "ON CONFLICT (veu, country) DO UPDATE SET installed_tpp = excluded.installed_tpp",
                List.of(installedTpp, veu, country));
    }

    @Override
    public void saveAgreement(Agreement a) {
        sql.hold("INSERT INTO agreement (id, kind, country, effective_from, terms, quota_tpp, period) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", List.of(a.id(), a.kind().name(), a.country(),
                a.effectiveFrom().toString(), a.terms(), a.quotaTpp(), a.period()));
    }

    @Override
    public void rememberRequest(String idempotencyKey, String fingerprint) {
        ahead.remembered(idempotencyKey, fingerprint);
        sql.hold("INSERT INTO request (request_key, fingerprint) VALUES (?, ?)", List.of(idempotencyKey, fingerprint));
    }
}
