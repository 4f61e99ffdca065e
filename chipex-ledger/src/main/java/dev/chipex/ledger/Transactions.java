package dev.chipex.ledger;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Runs work in database transactions, committed only if the work returns. Writes go through
 * {@link GroupCommit}: the writes waiting together share one transaction, each in a savepoint of
 * its own, so a write that fails is rolled back alone and its caller alone gets the failure. A
 * busy database (SQLite), a serialization failure or a deadlock (PostgreSQL) is retried, the
 * whole transaction, a bounded number of times with a short random pause; the work must
 * therefore be repeatable, which the ledger's requests are (they are keyed by idempotency key and
 * re-read everything).
 */
final class Transactions implements AutoCloseable {
    static final int MAX_ATTEMPTS = 8;
    private final Database database;
    private final ConnectionPool pool;
    private final GroupCommit writes = new GroupCommit(this::runBatch);

    Transactions(Database database, int poolSize) {
        this.database = database;
        this.pool = new ConnectionPool(database, poolSize);
    }

    interface Work<T> {
        T apply(Sql sql) throws SQLException;
    }

    /** A write: runs, with the writes waiting beside it, after taking the chain head's lock. */
    <T> T write(Optional<String> idempotencyKey, Function<JdbcSession, T> work) {
        return writes.submit(idempotencyKey, work);
    }

    /** A read: sees one consistent snapshot and blocks no writer. */
    <T> T read(Work<T> work) {
        Dialect dialect = database.dialect();
        for (int attempt = 1; ; attempt++) {
            Sql sql = take();
            boolean healthy = false;
            try {
                dialect.begin(sql, false);
                T result = work.apply(sql);
                dialect.commit(sql);
                healthy = true;
                return result;
            } catch (SQLException | SqlFailure failure) {
                retryOrThrow(sql, attempt, failure);
            } catch (RuntimeException e) {
                healthy = rollback(sql);
                throw e;
            } finally {
                pool.give(sql, healthy);
            }
        }
    }

    /** One transaction for the batch; every write in it is answered once it committed or failed. */
    void runBatch(List<QueuedWrite<?>> batch) {
        Dialect dialect = database.dialect();
        boolean shared = batch.size() > 1;
        Set<String> keys = new LinkedHashSet<>();
        batch.forEach(write -> write.idempotencyKey().ifPresent(keys::add));
        for (int attempt = 1; ; attempt++) {
            Sql sql = take();
            boolean healthy = false;
            try {
                dialect.begin(sql, true);
                JdbcSession session = JdbcSession.locked(sql, dialect, keys);
                List<Runnable> answers = new ArrayList<>(batch.size());
                for (QueuedWrite<?> write : batch) {
                    answers.add(runOne(write, session, shared, attempt));
                }
                session.finish();
                dialect.commit(sql);
                healthy = true;
                answers.forEach(Runnable::run);
                return;
            } catch (SQLException | SqlFailure failure) {
                retryOrThrow(sql, attempt, failure);
            } catch (RuntimeException e) {
                healthy = rollback(sql);
                throw e;
            } finally {
                pool.give(sql, healthy);
            }
        }
    }

    /**
     * Runs one write and says how to answer it after the commit. A write sharing the transaction
     * that fails is undone to its savepoint and answered with its failure; alone, or failing in a
     * way worth retrying, its failure is the whole transaction's.
     */
    private Runnable runOne(QueuedWrite<?> write, JdbcSession session, boolean shared, int attempt) {
        session.beginRequest(shared);
        try {
            Object result = write.run(session);
            session.endRequest();
            return () -> write.succeed(result);
        } catch (SqlFailure failure) {
            if (!shared || database.dialect().isRetryable(failure.sqlException())) {
                throw failure;
            }
            session.undoRequest();
            LedgerStoreException e = storeFailure(failure.sqlException(), attempt);
            return () -> write.fail(e);
        } catch (RuntimeException e) {
            if (!shared) {
                throw e;
            }
            session.undoRequest();
            return () -> write.fail(e);
        }
    }

    /** Rolls back after a database failure; retries after a pause if it is worth it, else throws. */
    private void retryOrThrow(Sql sql, int attempt, Exception failure) {
        SQLException e = failure instanceof SqlFailure f ? f.sqlException() : (SQLException) failure;
        rollback(sql);
        if (attempt >= MAX_ATTEMPTS || !database.dialect().isRetryable(e)) {
            throw storeFailure(e, attempt);
        }
        pause(attempt);
    }

    private LedgerStoreException storeFailure(SQLException e, int attempt) {
        return new LedgerStoreException("ledger " + database.safeUrl() + ": " + e.getMessage()
                + (attempt > 1 ? " (after " + attempt + " attempts)" : ""), e);
    }

    private Sql take() {
        try {
            return pool.take();
        } catch (SQLException e) {
            throw new LedgerStoreException("cannot connect to the ledger " + database.safeUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    private boolean rollback(Sql sql) {
        try {
            database.dialect().rollback(sql);
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
