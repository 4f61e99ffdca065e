package dev.chipex.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Runs work in one database transaction, committed only if the work returns. A busy database
 * (SQLite), a serialization failure or a deadlock (PostgreSQL) is retried a bounded number of
 * times with a short random pause; the work must therefore be repeatable, which the ledger's
 * requests are (they are keyed by idempotency key and re-read everything).
 */
final class Transactions implements AutoCloseable {
    static final int MAX_ATTEMPTS = 8;
    private final Database database;
    private final ConnectionPool pool;

    Transactions(Database database, int poolSize) {
        this.database = database;
        this.pool = new ConnectionPool(database, poolSize);
    }

    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** A write: takes the chain head's lock first so writers run one at a time. */
    <T> T write(Function<JdbcSession, T> work) {
        return run(true, connection -> work.apply(JdbcSession.locked(connection, database.dialect())));
    }

    /** A read: sees one consistent snapshot and blocks no writer. */
    <T> T read(Work<T> work) {
        return run(false, work);
    }

    private <T> T run(boolean write, Work<T> work) {
        Dialect dialect = database.dialect();
        for (int attempt = 1; ; attempt++) {
            Connection connection = take();
            boolean healthy = false;
            try {
                dialect.begin(connection, write);
                T result = work.apply(connection);
                dialect.commit(connection);
                healthy = true;
                return result;
            } catch (SQLException | SqlFailure failure) {
                SQLException e = failure instanceof SqlFailure f ? f.sqlException() : (SQLException) failure;
                rollback(dialect, connection);
                if (attempt >= MAX_ATTEMPTS || !database.dialect().isRetryable(e)) {
                    throw new LedgerStoreException("ledger " + database.safeUrl() + ": " + e.getMessage()
                            + (attempt > 1 ? " (after " + attempt + " attempts)" : ""), e);
                }
                pause(attempt);
            } catch (RuntimeException e) {
                healthy = rollback(dialect, connection);
                throw e;
            } finally {
                pool.give(connection, healthy);
            }
        }
    }

    private Connection take() {
        try {
            return pool.take();
        } catch (SQLException e) {
            throw new LedgerStoreException("cannot connect to the ledger " + database.safeUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    private static boolean rollback(Dialect dialect, Connection connection) {
        try {
            dialect.rollback(connection);
            return true;
        } catch (SQLException ignored) {
            // the connection is discarded; the database rolls back what it did not commit
            return false;
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerStoreException("interrupted while retrying a ledger transaction", e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
