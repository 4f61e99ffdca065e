package dev.chipex.server.access;

import dev.chipex.core.problem.ChipexException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The server's own store (API keys) over JDBC: an SQLite file by default, or PostgreSQL via a
 * URL. The schema is created and upgraded by Flyway migrations on open; the history table has
 * its own name so the store can share a database with the ledger.
 */
public final class ServerDatabase {
    /** Where {@code chipex serve} keeps its data (API keys and the ledger) when no {@code --db} is given. */
    public static final Path DEFAULT_FILE = Path.of(System.getProperty("user.home"), ".chipex", "chipex.db");

    private final String url;

    private ServerDatabase(String url) {
        this.url = url;
    }

    /**
     * Opens (and migrates) the store at {@code location}: a JDBC URL ({@code jdbc:sqlite:...},
     * {@code jdbc:postgresql://...}), a file path for SQLite, or null for {@link #DEFAULT_FILE}.
     */
    public static ServerDatabase open(String location) {
        ServerDatabase database = new ServerDatabase(toUrl(location));
        database.migrate();
        return database;
    }

    public String url() {
        return url;
    }

    /** The URL without credentials, for messages and logs. */
    public String describe() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (isSqlite()) {
            properties.setProperty("journal_mode", "WAL");
            properties.setProperty("busy_timeout", "5000");
        }
        return DriverManager.getConnection(url, properties);
    }

    private boolean isSqlite() {
        return url.startsWith("jdbc:sqlite:");
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(url, null, null)
                    .table("chipex_server_schema_history")
                    .locations("classpath:dev/chipex/server/db/migration")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new ChipexException("cannot open the server store at " + describe() + ": " + e.getMessage(), e);
        }
    }

    private static String toUrl(String location) {
        if (location != null && location.startsWith("jdbc:")) {
            if (!location.startsWith("jdbc:sqlite:") && !location.startsWith("jdbc:postgresql:")) {
                throw new ChipexException("unsupported database URL '" + location
                        + "': use jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB?user=NAME");
            }
            return location;
        }
        Path file = location == null ? DEFAULT_FILE : Path.of(location);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new ChipexException("cannot create the folder for the server store " + file + ": " + e.getMessage(), e);
        }
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }
}
