package dev.chipex.server;

import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.ledger.Ledgers;
import dev.chipex.server.access.ServerDatabase;

import java.util.Objects;

/**
 * The server's two stores in one database: its own tables (API keys, idempotent responses) and
 * the quota ledger. Each has its own Flyway history table ({@code chipex_server_schema_history},
 * the ledger's {@code flyway_schema_history}). The ledger is opened first: its migration expects
 * an empty schema on first use, while the server's baselines over existing tables.
 */
public record Stores(ServerDatabase users, QuotaLedger ledger) implements AutoCloseable {
    public Stores {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(ledger, "ledger");
    }

    /** A JDBC URL, an SQLite file path, or null for {@link ServerDatabase#DEFAULT_FILE}. */
    public static Stores open(String location) {
        String where = location == null ? ServerDatabase.DEFAULT_FILE.toString() : location;
        QuotaLedger ledger = Ledgers.open(where);
        try {
            return new Stores(ServerDatabase.open(where), ledger);
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
    }

    public String describe() {
        return users.describe();
    }

    @Override
    public void close() {
        ledger.close();
    }
}
