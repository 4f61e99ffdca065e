package dev.chipex.ledger;

import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.Agreement;
import dev.chipex.core.ledger.ChainLink;
import dev.chipex.core.ledger.DueAccount;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.LedgerSession;
import dev.chipex.core.ledger.Reservation;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One write transaction's view of the ledger tables, holding the chain head's lock. Rows written
 * wait in {@link PendingRows} until the next read, the end of a request that has a savepoint, or
 * the commit, and then go to {@link Sql} together, a few multi-row statements for the lot. The
 * chain head row is written once, at {@link #finish}: the lock keeps every other writer out until
 * then, and this session answers {@link #head()} from memory, as it answers what was read ahead
 * ({@link ReadAhead}).
 *
 * <p>A session {@linkplain #onKnown on what is known} takes no lock and reads nothing: it answers
 * from a {@link Known} and throws {@link NotKnown} for anything else, so that its transaction
 * goes the usual way instead.
 */
final class JdbcSession implements LedgerSession {
    static final String SAVEPOINT = "request";
    private final Sql sql;
    private final ChainLink locked;
    private final ReadAhead ahead;
    /**
     * Where the chain head's update goes in a session on what is known: before all its writes,
     * the entries next, so that if another writer committed since, the first entry fails before
     * any other row is locked and nothing can wait on this transaction; -1 in a locked session.
     */
    private final int headUpdateAt;
    private final PendingRows pending = new PendingRows();
    /** The fingerprints this session recorded, by key. */
    private final Map<String, String> remembered = new HashMap<>();
    private ChainLink head;
    /** The key of the last entry appended, and the first entry of the run of entries under it. */
    private String runKey;
    private long runStart;
    private ChainLink requestStart;
    private boolean inSavepoint;
    private long sendsBeforeSavepoint;

    private JdbcSession(Sql sql, ChainLink head, ReadAhead ahead, int headUpdateAt) {
        this.sql = sql;
        this.locked = head;
        this.head = head;
        this.ahead = ahead;
        this.headUpdateAt = headUpdateAt;
    }

    /** A request needs what a session on what is known cannot tell: the database must be read, under the lock. */
    static final class NotKnown extends RuntimeException {
        NotKnown(String what) {
            super(what + " is not known without reading the database", null, false, false);
        }
    }

    /**
     * A session that starts from {@code known} without the lock or any read. Its answers hold
     * only if no other writer committed since {@code known.head()} and the idempotency keys it
     * records were unused: its commit proves both or fails (see {@link #finish}).
     */
    static JdbcSession onKnown(Sql sql, Known known) {
        return new JdbcSession(sql, known.head(), known.ahead().accountsCopy(), sql.heldCount());
    }

    /**
     * Takes the chain head's lock, then reads the head and, ahead, the fingerprints under {@code
     * keys} and the accounts {@code accountIds} as of {@code now}: on PostgreSQL one round trip.
     * If the head is still the one {@code before} knew (null for none), nothing has changed since,
     * so what {@code before} knew of other accounts is known too.
     */
    static JdbcSession locked(Sql sql, Dialect dialect, Set<String> keys, Set<String> accountIds, Instant now,
                              Known before) throws SQLException {
        List<ChainLink> heads = new ArrayList<>();
        List<Sql.Read> reads = new ArrayList<>();
        reads.add(new Sql.Read(dialect.lockHead(), List.of(),
                row -> heads.add(new ChainLink(row.getLong(1), row.getString(2)))));
        ReadAhead ahead = ReadAhead.of(keys, accountIds, now, reads);
        sql.read(reads);
        if (heads.isEmpty()) {
            throw new SQLException("the ledger has no chain head row: was it migrated?");
        }
        boolean unchanged = before != null && heads.get(0).equals(before.head());
        return new JdbcSession(sql, heads.get(0), unchanged ? ahead.withEarlier(before.ahead(), now) : ahead, -1);
    }

    /**
     * Starts one request of the transaction, in a savepoint (held, so it costs no round trip of
     * its own) that {@link #undoRequest} rolls back to, or without one when a failure is to roll
     * back the whole transaction. A session with savepoints must have read nothing ahead, since
     * what it read is not rolled back with them.
     */
    void beginRequest(boolean savepoint) {
        requestStart = head;
        runKey = null;
        inSavepoint = savepoint;
        if (savepoint) {
            sendsBeforeSavepoint = sql.sends();
            sql.hold("SAVEPOINT " + SAVEPOINT);
        }
    }

    /** Ends a request: with a savepoint, sends its writes now, so a failure among them is its own. */
    void endRequest() {
        if (inSavepoint) {
            holdPending();
            sql.hold("RELEASE SAVEPOINT " + SAVEPOINT);
            sql.flush();
        }
    }

    /** Takes back what a failed request wrote, leaving the transaction as it was before the request. */
    void undoRequest() {
        if (!inSavepoint) {
            throw new IllegalStateException("a request without a savepoint is undone by rolling the transaction back");
        }
        pending.discard();
        sql.discard();
        if (sql.sends() > sendsBeforeSavepoint) {
            sql.hold("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            sql.hold("RELEASE SAVEPOINT " + SAVEPOINT);
            sql.flush();
        }
        head = requestStart;
        runKey = null;
    }

    /**
     * Writes the chain head once for the whole transaction, just before the commit. On what is
     * known, the update goes first, so that it waits for the head's lock as a locking writer
     * would, and only if the head is still the known one; then the entry numbered after the known
     * head is inserted, and the journal's primary key fails the transaction if another writer has
     * committed that number since. A transaction on what is known that writes no entry has
     * nothing to prove it right. (It has sent nothing before: it reads nothing.)
     */
    void finish() {
        if (isOnKnown()) {
            if (head.equals(locked)) {
                throw new NotKnown("whether anything was written since entry " + locked.sequence());
            }
            sql.holdAt(headUpdateAt, "UPDATE chain_head SET last_seq = ?, last_hash = ? WHERE id = 1 AND last_seq = ?",
                    List.of(head.sequence(), head.hash(), locked.sequence()));
            pending.holdIn(sql, headUpdateAt + 1);
            return;
        }
        holdPending();
        if (!head.equals(locked)) {
            sql.hold("UPDATE chain_head SET last_seq = ?, last_hash = ? WHERE id = 1",
                    List.of(head.sequence(), head.hash()));
        }
    }

    /** Hands the rows written so far to {@link Sql}, before a read that must see them or the end of a request. */
    private void holdPending() {
        if (!pending.isEmpty()) {
            pending.holdIn(sql, sql.heldCount());
        }
    }

    /** What this session's transaction leaves known once it committed: what it read ahead and wrote. */
    Known known() {
        return new Known(head, ahead);
    }

    /** Whether this session recorded a request under {@code key}. */
    boolean remembered(String key) {
        return remembered.containsKey(key);
    }

    Sql sql() {
        needDatabase("the whole ledger");
        holdPending();
        return sql;
    }

    private boolean isOnKnown() {
        return headUpdateAt >= 0;
    }

    /** Before a read of the database: on what is known there is none; else the rows written go first, so it sees them. */
    private void needDatabase(String what) {
        if (isOnKnown()) {
            throw new NotKnown(what);
        }
        holdPending();
    }

    @Override
    public Optional<AccountBalance> account(String accountId) {
        return ahead.account(accountId).orElseGet(() -> {
            needDatabase("account " + accountId);
            return Rows.account(sql, accountId);
        });
    }

    @Override
    public Optional<Reservation> reservation(String reservationId) {
        needDatabase("reservation " + reservationId);
        return sql.one(Rows.RESERVATION + " WHERE id = ?", List.of(reservationId), Rows::reservation);
    }

    @Override
    public Optional<DueAccount> dueAccount(String accountId, Instant now) {
        Optional<Optional<DueAccount>> known = ahead.dueAccount(accountId, now);
        if (known.isPresent()) {
            return known.get();
        }
        needDatabase("account " + accountId + " at " + now);
        List<Map.Entry<AccountBalance, Optional<Reservation>>> rows = sql.list(Rows.DUE_ACCOUNT,
                List.of(now.toEpochMilli(), accountId),
                row -> Map.entry(Rows.balance(row), row.getString(7) == null ? Optional.empty()
                        : Optional.of(Rows.reservation(row, 7))));
        return rows.isEmpty() ? Optional.empty() : Optional.of(new DueAccount(rows.get(0).getKey(),
                rows.stream().flatMap(row -> row.getValue().stream()).toList()));
    }

    @Override
    public Map<String, Long> fleet(String veu) {
        needDatabase("the fleet of " + veu);
        return Rows.fleet(sql, veu);
    }

    @Override
    public boolean agreementExists(String agreementId) {
        needDatabase("agreement " + agreementId);
        return sql.one("SELECT 1 FROM agreement WHERE id = ?", List.of(agreementId), rs -> true).isPresent();
    }

    @Override
    public Optional<String> requestFingerprint(String idempotencyKey) {
        if (isOnKnown()) {
            // assumed unused unless recorded here: the journal's index of keys (journal_request) fails the commit if it was used
            return Optional.ofNullable(remembered.get(idempotencyKey));
        }
        return ahead.fingerprint(idempotencyKey).orElseGet(() -> {
            holdPending();
            return sql.one(Rows.FINGERPRINT + " = ?", List.of(idempotencyKey), rs -> rs.getString(2));
        });
    }

    @Override
    public List<JournalEntry> entriesOf(String idempotencyKey) {
        needDatabase("the entries of " + idempotencyKey);
        return sql.list(Rows.ENTRIES_OF, List.of(idempotencyKey), Rows::entry);
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
        pending.entry(entry);
        if (!entry.idempotencyKey().equals(runKey)) {
            runKey = entry.idempotencyKey();
            runStart = entry.sequence();
        }
        head = entry.link();
    }

    @Override
    public void saveAccount(AccountBalance b) {
        boolean knownOpen = ahead.account(b.account().id()).map(Optional::isPresent).orElse(false);
        ahead.saved(b);
        pending.account(b, knownOpen);
    }

    @Override
    public void saveReservation(Reservation r) {
        ahead.saved(r);
        pending.reservation(r);
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
        remembered.put(idempotencyKey, fingerprint);
        // a request's entries are the run just appended under its key (expiries before it have keys of their own)
        pending.request(idempotencyKey, fingerprint, runStart);
    }
}
