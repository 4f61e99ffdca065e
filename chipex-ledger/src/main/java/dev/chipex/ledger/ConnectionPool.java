package dev.chipex.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * A few open connections reused across requests: opening one per request would cost more than the
 * request on PostgreSQL. A connection that failed is closed, not reused.
 */
final class ConnectionPool implements AutoCloseable {
    private final Database database;
    private final Semaphore permits;
    private final BlockingQueue<Connection> idle;

    ConnectionPool(Database database, int size) {
        this.database = database;
        this.permits = new Semaphore(size, true);
        this.idle = new ArrayBlockingQueue<>(size);
    }

    Connection take() throws SQLException {
        permits.acquireUninterruptibly();
        try {
            Connection connection = idle.poll();
            return connection != null ? connection : database.connect();
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    void give(Connection connection, boolean healthy) {
        try {
            if (healthy) {
                idle.add(connection);
            } else {
                quietlyClose(connection);
            }
        } finally {
            permits.release();
        }
    }

    @Override
    public void close() {
        for (Connection connection; (connection = idle.poll()) != null; ) {
            quietlyClose(connection);
        }
    }

    private static void quietlyClose(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a connection that cannot close cleanly is dropped either way
        }
    }
}
