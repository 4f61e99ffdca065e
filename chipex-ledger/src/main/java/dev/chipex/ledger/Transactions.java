package dev.chipex.ledger;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Runs work in database transactions, committed only if the work returns. Every write goes one
 * way: through {@link GroupCommit}, so the writes waiting together share one transaction, which
 * first takes the chain head's lock (so each request sees every request committed before it)
 * and then runs each request in a savepoint of its own, so a request that fails is rolled back
 * alone and its caller alone gets the failure. A busy database (SQLite), a serialization failure
 * or a deadlock (PostgreSQL) rolls back the whole transaction, which is run again, every request
 * in it, a bounded number of times with a short random pause: the work must therefore be
 * repeatable, which the ledger's requests are (they re-read everything they decide on, and a
 * caller's decision handed to {@code decideAndRecord} must be too; see QuotaLedger).
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

    /** A write: runs, with the writes waiting beside it, after taking the chain head's lock. */
    <T> T write(Function<JdbcSession, T> work) {
        return writes.submit(work);
    }

    /** A read: sees one consistent snapshot and blocks no writer. */
    <T> T read(Function<Sql, T> work) {
        for (int attempt = 1; ; attempt++) {
            Sql sql = take();
            boolean healthy = false;
            try {
                database.dialect().begin(sql, false);
                T result = work.apply(sql);
                sql.execute("COMMIT");
                healthy = true;
                return result;
            } catch (SqlFailure failure) {
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
        for (int attempt = 1; ; attempt++) {
            Sql sql = take();
            boolean healthy = false;
            try {
                database.dialect().begin(sql, true);
                JdbcSession session = JdbcSession.locked(sql, database.dialect());
                List<Runnable> answers = new ArrayList<>(batch.size());
                for (QueuedWrite<?> write : batch) {
                    answers.add(runOne(write, session, attempt));
                }
                session.finish();
                sql.execute("COMMIT");
                healthy = true;
                answers.forEach(Runnable::run);
                return;
            } catch (SqlFailure failure) {
                retryOrThrow(sql, attempt, failure);
            } finally {
                pool.give(sql, healthy);
            }
        }
    }

    /**
     * Runs one write in its savepoint and says how to answer it after the commit. A write that
     * fails is undone to its savepoint and answered with its failure, unless the failure is worth
     * retrying: then it is the whole transaction's.
     */
    private Runnable runOne(QueuedWrite<?> write, JdbcSession session, int attempt) {
        session.beginRequest();
        try {
            Object result = write.run(session);
            session.endRequest();
            return () -> write.succeed(result);
        } catch (SqlFailure failure) {
            if (database.dialect().isRetryable(failure.sqlException())) {
                throw failure;
            }
            session.undoRequest();
            LedgerStoreException e = storeFailure(failure, attempt);
            return () -> write.fail(e);
        } catch (RuntimeException e) {
            session.undoRequest();
            return () -> write.fail(e);
        }
    }

    /** Rolls back after a database failure; retries after a pause if it is worth it, else throws. */
    private void retryOrThrow(Sql sql, int attempt, SqlFailure failure) {
        rollback(sql);
        if (attempt >= MAX_ATTEMPTS || !database.dialect().isRetryable(failure.sqlException())) {
            throw storeFailure(failure, attempt);
        }
        pause(attempt);
    }

    private LedgerStoreException storeFailure(SqlFailure failure, int attempt) {
        return new LedgerStoreException("ledger " + database.safeUrl() + ": " + failure.getMessage()
                + (attempt > 1 ? " (after " + attempt + " attempts)" : ""), failure.sqlException());
    }

    private Sql take() {
        try {
            return pool.take();
        } catch (SQLException e) {
            throw new LedgerStoreException("cannot connect to the ledger " + database.safeUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    /** False if the rollback failed: the connection is then dropped, and the database rolls back what was not committed. */
    private boolean rollback(Sql sql) {
        try {
            sql.execute("ROLLBACK");
            return true;
        } catch (SqlFailure ignored) {
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
