package dev.chipex.ledger;

import dev.chipex.core.problem.InvalidInputException;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A ledger database: the JDBC URL, its dialect, and a data source set up for durability. SQLite
 * gets WAL, synchronous=FULL (a committed entry survives a killed process and a power cut) and a
 * busy timeout; its transactions are begun by {@link Dialect#begin}.
 */
record Database(String url, Dialect dialect, DataSource dataSource) {
    static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;
    /**
     * Flyway reports each migration at INFO through java.util.logging (no other logging library is
     * on the class path); that would mix into the CLI's output, so only warnings are let through.
     * Held here because java.util.logging keeps loggers only weakly.
     */
    private static final Logger FLYWAY_LOG = quietFlyway();

    static Database of(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
            config.enforceForeignKeys(true);
            // the driver would otherwise run SELECT last_insert_rowid() after every INSERT, for keys the ledger never reads
            config.setGetGeneratedKeys(false);
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

    /**
     * Creates or upgrades the schema; safe to run on every open and from several processes. The
     * scripts in db/ledger serve both databases; those in db/ledger-sqlite change only how SQLite
     * stores the same tables; a shared script added later takes a version above theirs.
     */
    void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect == Dialect.SQLITE ? new String[] {"classpath:db/ledger", "classpath:db/ledger-sqlite"}
                        : new String[] {"classpath:db/ledger"})
                .load()
                .migrate();
    }

    private static Logger quietFlyway() {
        Logger logger = Logger.getLogger("org.flywaydb");
        logger.setLevel(Level.WARNING);
        return logger;
    }

    Connection connect() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(dialect == Dialect.SQLITE);
        return connection;
    }

    /** The URL with any password hidden, for messages. */
    String safeUrl() {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
