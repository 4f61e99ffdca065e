package dev.chipex.bench.ledger;

import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The baseline: one row per committed transaction into a plain table, through plain JDBC, with
 * the ledger's durability settings (SQLite: WAL, synchronous=FULL, the same busy timeout;
 * PostgreSQL: the server's defaults, which the ledger uses too: fsync and synchronous_commit on)
 * and the same driver settings (SQLite: no generated-keys query after each INSERT).
 * One connection per writer thread.
 */
final class PlainInserts implements AutoCloseable {
    private final Connection[] connections;
    private final PreparedStatement[] inserts;

    PlainInserts(String url, int threads) throws SQLException {
        DataSource source = dataSource(url);
        connections = new Connection[threads];
        inserts = new PreparedStatement[threads];
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_insert (id VARCHAR(64) PRIMARY KEY, account_id VARCHAR(400) NOT NULL,"
                    + " amount_tpp BIGINT NOT NULL, recorded_at BIGINT NOT NULL)");
        }
        for (int t = 0; t < threads; t++) {
            connections[t] = source.getConnection();
            connections[t].setAutoCommit(true);
            inserts[t] = connections[t].prepareStatement(
                    "INSERT INTO bench_insert (id, account_id, amount_tpp, recorded_at) VALUES (?, ?, ?, ?)");
        }
    }

    /** One durable single-row insert, committed on its own. */
    void insert(String id, int thread, long amount) throws SQLException {
        PreparedStatement insert = inserts[thread];
        insert.setString(1, id);
        insert.setString(2, "consignee-year:bench-" + thread + ":2026");
        insert.setLong(3, amount);
        insert.setLong(4, System.currentTimeMillis());
        insert.executeUpdate();
    }

    static DataSource dataSource(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(30_000);
            // as the ledger does: else the driver runs SELECT last_insert_rowid() after every INSERT
            config.setGetGeneratedKeys(false);
            SQLiteDataSource source = new SQLiteDataSource(config);
            source.setUrl(url);
            return source;
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        return source;
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : connections) {
            if (c != null) {
                c.close();
            }
        }
    }
}
