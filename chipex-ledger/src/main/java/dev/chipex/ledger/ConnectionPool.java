package dev.chipex.ledger;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * A few open connections reused across requests: opening one per request would cost more than
 * the request on PostgreSQL (a server process started for each). A connection that failed is
 * closed, not reused.
 */
final class ConnectionPool implements AutoCloseable {
    private final Database database;
    private final Semaphore permits;
    private final BlockingQueue<Sql> idle;

    ConnectionPool(Database database, int size) {
        this.database = database;
        this.permits = new Semaphore(size, true);
        this.idle = new ArrayBlockingQueue<>(size);
    }

    Sql take() throws SQLException {
        permits.acquireUninterruptibly();
        try {
            Sql connection = idle.poll();
            return connection != null ? connection : new Sql(database.connect());
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    void give(Sql connection, boolean healthy) {
        try {
            if (healthy) {
                idle.add(connection);
            } else {
                connection.close();
            }
        } finally {
            permits.release();
        }
    }

    @Override
    public void close() {
        for (Sql connection; (connection = idle.poll()) != null; ) {
            connection.close();
        }
    }
}
