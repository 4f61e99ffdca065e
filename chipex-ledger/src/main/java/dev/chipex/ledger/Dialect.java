package dev.chipex.ledger;

import java.sql.SQLException;
import java.util.Set;

/** What differs between the two databases: how writers are serialised and which failures to retry. */
enum Dialect {
    /** One writer at a time by BEGIN IMMEDIATE; a busy database is retried after the busy timeout. */
    SQLITE(Set.of(5, 6), Set.of()),
    /** Writers queue on a row lock of the chain head; serialization failures and deadlocks are retried. */
    POSTGRESQL(Set.of(), Set.of("40001", "40P01"));

    private final Set<Integer> retryableCodes;
    private final Set<String> retryableStates;

    Dialect(Set<Integer> retryableCodes, Set<String> retryableStates) {
        this.retryableCodes = retryableCodes;
        this.retryableStates = retryableStates;
    }

    /**
     * Starts a transaction. SQLite connections stay in auto-commit mode and are told BEGIN by hand:
     * the driver's own transaction handling begins the next transaction as soon as one commits,
     * which would hold SQLite's write lock while the connection sits idle. A write begins
     * IMMEDIATE (takes the write lock now, so it can never fail to upgrade later); a read begins
     * deferred and, under WAL, does not block writers. PostgreSQL's driver, out of auto-commit,
     * begins with the first statement itself. Both end a transaction with COMMIT or ROLLBACK.
     */
    void begin(Sql sql, boolean write) {
        if (this == SQLITE) {
            sql.execute(write ? "BEGIN IMMEDIATE" : "BEGIN");
        }
    }

    /**
     * The read of the chain head that also takes its lock: PostgreSQL locks the row (every later
     * statement of the transaction runs with a fresh snapshot under READ COMMITTED, so it sees
     * every commit made before the lock was granted); on SQLite, BEGIN IMMEDIATE has already taken
     * the database's write lock.
     */
    String lockHead() {
        return "SELECT last_seq, last_hash FROM chain_head WHERE id = 1" + (this == POSTGRESQL ? " FOR UPDATE" : "");
    }

    boolean isRetryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getSQLState() != null && retryableStates.contains(sql.getSQLState())
                    || retryableCodes.contains(sql.getErrorCode() & 0xff))) {
                return true;
            }
        }
        return false;
    }
}
