package dev.chipex.ledger;

import java.sql.SQLException;
import java.util.Set;

/** What differs between the two databases: how writers are serialised and which failures to retry. */
enum Dialect {
    /** One writer at a time by BEGIN IMMEDIATE; a busy database is retried after the busy timeout. */
    SQLITE("", Set.of(5, 6), Set.of()),
    /** Writers queue on a row lock of the chain head; serialization failures and deadlocks are retried. */
    POSTGRESQL(" FOR UPDATE", Set.of(), Set.of("40001", "40P01"));

    private final String lockSuffix;
    private final Set<Integer> retryableCodes;
    private final Set<String> retryableStates;

    Dialect(String lockSuffix, Set<Integer> retryableCodes, Set<String> retryableStates) {
        this.lockSuffix = lockSuffix;
        this.retryableCodes = retryableCodes;
        this.retryableStates = retryableStates;
    }

    String lockHead() {
        return "SELECT last_seq, last_hash FROM chain_head WHERE id = 1" + lockSuffix;
    }

    boolean isRetryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (retryableStates.contains(sql.getSQLState())
                    || retryableCodes.contains(sql.getErrorCode() & 0xff))) {
                return true;
            }
        }
        return false;
    }
}
