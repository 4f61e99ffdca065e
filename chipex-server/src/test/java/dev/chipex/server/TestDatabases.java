package dev.chipex.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fresh databases for tests (API keys and ledger together, as {@code chipex serve} keeps them): an
 * SQLite file in a temporary folder, or a new schema in the PostgreSQL test database
 * ({@code CHIPEX_TEST_POSTGRES_URL}, default the local trust-auth server).
 */
final class TestDatabases {
    static final String POSTGRES_URL = System.getenv().getOrDefault("CHIPEX_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private TestDatabases() {
    }

    static Stores sqlite() {
        try {
            Path dir = Files.createTempDirectory("chipex-server-test");
            return Stores.open(dir.resolve("chipex.db").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stores postgres() {
        String schema = "chipex_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(POSTGRES_URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for these tests at " + POSTGRES_URL
                    + " (start it with .ci/services, or set CHIPEX_TEST_POSTGRES_URL): " + e.getMessage(), e);
        }
        return Stores.open(POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    static void execute(Stores stores, String sql) {
        try (Connection c = DriverManager.getConnection(stores.users().url()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
