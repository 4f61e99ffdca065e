package dev.chipex.ledger;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs work in database transactions, committed only if the work returns. Writes go through
 * {@link GroupCommit}: the writes waiting together share one transaction. It is first run
 * straight through, reading ahead what the requests will ask first and sending their writes with
 * the next read and the commit, so a batch costs a few round trips whatever its size. If anything
 * in it fails, it is rolled back and run again with each request in a savepoint of its own, its
 * writes sent at its end, so a request that fails is rolled back alone and its caller alone gets
 * the failure. A busy database (SQLite), a serialization failure or a deadlock (PostgreSQL) is
 * retried, the whole transaction, a bounded number of times with a short random pause; the work
 * must therefore be repeatable, which the ledger's requests are (they are keyed by idempotency
 * key and re-read everything).
 *
 * <p>Before all that, a batch is tried in one round trip on what the last transaction left
 * {@link Known}: see {@link #runOnKnown}.
 */
final class Transactions implements AutoCloseable {
    static final int MAX_ATTEMPTS = 8;
    private final Database database;
    private final ConnectionPool pool;
    private final Supplier<Instant> clock;
    private final GroupCommit writes = new GroupCommit(this::runBatch);
    /**
     * What the last transaction committed left known; null after a failure. Only the batch
     * leader touches it, one leader after another (GroupCommit's hand-over orders them).
     */
    private Known known;
    private long knownCommits;

    /** {@code clock} tells the time the requests will see, for reading ahead the reservations due. */
    Transactions(Database database, int poolSize, Supplier<Instant> clock) {
        this.database = database;
        this.pool = new ConnectionPool(database, poolSize);
        this.clock = clock;
    }

    interface Work<T> {
        T apply(Sql sql) throws SQLException;
    }

    /** A write: runs, with the writes waiting beside it, after taking the chain head's lock. */
    <T> T write(Optional<String> idempotencyKey, Set<String> accountIds, Function<JdbcSession, T> work) {
        return writes.submit(idempotencyKey, accountIds, work);
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
                retryOrThrow(sql, attempt, failure instanceof SqlFailure f ? f.sqlException() : (SQLException) failure);
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
        Known start = known;
        known = null;
        if (start != null && runOnKnown(batch, start)) {
            return;
        }
        Dialect dialect = database.dialect();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> accountIds = new LinkedHashSet<>();
        for (QueuedWrite<?> write : batch) {
            write.idempotencyKey().ifPresent(keys::add);
            accountIds.addAll(write.accountIds());
        }
        boolean savepoints = false;
        for (int attempt = 1; ; ) {
            Sql sql = take();
            boolean healthy = false;
            try {
                dialect.begin(sql, true);
                JdbcSession session = savepoints ? JdbcSession.locked(sql, dialect, Set.of(), Set.of(), clock.get(), null)
                        : JdbcSession.locked(sql, dialect, keys, accountIds, clock.get(), start);
                List<Runnable> answers = new ArrayList<>(batch.size());
                for (QueuedWrite<?> write : batch) {
                    answers.add(runOne(write, session, savepoints, attempt));
                }
                session.finish();
                dialect.commit(sql);
                healthy = true;
                known = savepoints ? null : session.known();
                answers.forEach(Runnable::run);
                return;
            } catch (SQLException | SqlFailure failure) {
                SQLException e = failure instanceof SqlFailure f ? f.sqlException() : (SQLException) failure;
                if (!savepoints && batch.size() > 1 && !dialect.isRetryable(e)) {
                    healthy = rollback(sql);
                    savepoints = true;
                } else {
                    retryOrThrow(sql, attempt++, e);
                }
            } catch (RuntimeException e) {
                healthy = rollback(sql);
                if (savepoints || batch.size() == 1) {
                    throw e;
                }
                savepoints = true;
            } finally {
                pool.give(sql, healthy);
            }
        }
    }

    /**
     * Runs the batch without the chain head's lock or any read, deciding on what {@code start}
     * knows, its writes and the COMMIT sent in one round trip; true if it committed and answered
     * the batch. The commit proves the decisions were made on the database as it is: the chain
     * head's update goes first and takes the head's lock, and the first entry written is numbered
     * right after the known head, which the journal's primary key refuses if any other writer has
     * committed since; every request must have recorded its idempotency key, which the request
     * table's primary key refuses if it was used. A request refused, replayed or asking for what
     * is not known has nothing to prove its answer right: then, and after any failure, nothing
     * is kept and the batch runs the usual way, under the lock.
     */
    private boolean runOnKnown(List<QueuedWrite<?>> batch, Known start) {
        Dialect dialect = database.dialect();
        Sql sql = take();
        long sends = sql.sends();
        boolean healthy = false;
        try {
            dialect.begin(sql, true);
            JdbcSession session = JdbcSession.onKnown(sql, start);
            List<Runnable> answers = new ArrayList<>(batch.size());
            for (QueuedWrite<?> write : batch) {
                Object result = write.run(session);
                if (write.idempotencyKey().filter(session::remembered).isEmpty()) {
                    throw new JdbcSession.NotKnown("whether the request is new");
                }
                answers.add(() -> write.succeed(result));
            }
            session.finish();
            dialect.commit(sql);
            healthy = true;
            known = session.known();
            knownCommits++;
            answers.forEach(Runnable::run);
            return true;
        } catch (RuntimeException e) {
            // nothing sent (a request needed the database): the connection is as it was
            healthy = sql.sends() == sends || rollback(sql);
            sql.discard();
            return false;
        } finally {
            pool.give(sql, healthy);
        }
    }

    /** How many batches committed on what was known, without the lock: tells tests which way a write went. */
    long knownCommits() {
        return knownCommits;
    }

    /**
     * Runs one write and says how to answer it after the commit. A write in a savepoint that fails
     * is undone to it and answered with its failure; without one, or failing in a way worth
     * retrying, its failure is the whole transaction's.
     */
    private Runnable runOne(QueuedWrite<?> write, JdbcSession session, boolean savepoint, int attempt) {
        session.beginRequest(savepoint);
        try {
            Object result = write.run(session);
            session.endRequest();
            return () -> write.succeed(result);
        } catch (SqlFailure failure) {
            if (!savepoint || database.dialect().isRetryable(failure.sqlException())) {
                throw failure;
            }
            session.undoRequest();
            LedgerStoreException e = storeFailure(failure.sqlException(), attempt);
            return () -> write.fail(e);
        } catch (RuntimeException e) {
            if (!savepoint) {
                throw e;
            }
            session.undoRequest();
            return () -> write.fail(e);
        }
    }

    /** Rolls back after a database failure; retries after a pause if it is worth it, else throws. */
    private void retryOrThrow(Sql sql, int attempt, SQLException e) {
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
