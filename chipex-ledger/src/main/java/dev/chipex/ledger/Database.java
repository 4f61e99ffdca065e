package dev.chipex.ledger;

import dev.chipex.core.problem.InvalidInputException;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A ledger database: the JDBC URL, its dialect, and a data source set up for durability. SQLite
 * gets WAL, synchronous=FULL (a committed entry survives a killed process and a power cut), a busy
 * timeout and IMMEDIATE transactions (one writer at a time, no lock upgrades that deadlock).
 */
record Database(String url, Dialect dialect, DataSource dataSource) {
    static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;

    static Database of(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.enforceForeignKeys(true);
            SQLiteDataSource source = new SQLiteDataSource(config);
            source.setUrl(url);
            return new Database(url, Dialect.SQLITE, source);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(url);
            return new Database(url, Dialect.POSTGRESQL, source);
        }
        throw InvalidInputException.of("ledger", "'" + url + "' is not a ledger chipex can open: give a file path, "
                + "jdbc:sqlite:PATH, jdbc:postgresql://HOST:PORT/DATABASE?user=NAME or memory:");
    }

    /** Creates or upgrades the schema; safe to run on every open and from several processes. */
    void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/ledger")
                .loggers("jul")
                .load()
                .migrate();
    }

    Connection connect() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    /** The URL with any password hidden, for messages. */
    String safeUrl() {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
