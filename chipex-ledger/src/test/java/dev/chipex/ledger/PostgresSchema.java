package dev.chipex.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL schema for one test, dropped afterwards, so tests never see each other's
 * data and can run again and again on the same server. The server comes from
 * {@code CHIPEX_TEST_POSTGRES_URL} (default: the local server CI starts).
 */
final class PostgresSchema implements AutoCloseable {
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private final String serverUrl;
    private final String name;

    private PostgresSchema(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    static String serverUrl() {
        String url = System.getenv("CHIPEX_TEST_POSTGRES_URL");
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    static PostgresSchema create() {
        PostgresSchema schema = new PostgresSchema(serverUrl(),
                "chipex_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        schema.execute("CREATE SCHEMA " + schema.name);
        return schema;
    }

    /** The schema's name, to name its tables from another schema's connection. */
    String name() {
        return name;
    }

    /** The ledger URL: the server's URL with this schema as the current one. */
    String url() {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl + " (set CHIPEX_TEST_POSTGRES_URL to use "
                    + "another server): " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        execute("DROP SCHEMA " + name + " CASCADE");
    }
}
