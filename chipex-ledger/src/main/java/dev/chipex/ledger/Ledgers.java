package dev.chipex.ledger;

import dev.chipex.core.ledger.InMemoryQuotaLedger;
import dev.chipex.core.ledger.QuotaLedger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Opens a ledger from what a user types: a SQLite file path, a {@code jdbc:sqlite:} or {@code
 * jdbc:postgresql:} URL, or {@code memory:} for a ledger that lives only as long as the process.
 * The schema is created or upgraded on open.
 */
public final class Ledgers {
    /** Connections kept per ledger; writers queue on one lock anyway, readers share the rest. */
    static final int POOL_SIZE = 4;

    private Ledgers() {
    }

    public static QuotaLedger open(String urlOrPath) {
        return open(urlOrPath, Clock.systemUTC());
    }

    public static QuotaLedger open(String urlOrPath, Clock clock) {
        if (urlOrPath.equals("memory:")) {
            return new InMemoryQuotaLedger(clock);
        }
        Database database = Database.of(jdbcUrl(urlOrPath));
        try {
            database.migrate();
        } catch (RuntimeException e) {
            throw new LedgerStoreException("cannot open the ledger " + database.safeUrl() + ": " + e.getMessage(), e);
        }
        return new JdbcQuotaLedger(database, clock, POOL_SIZE);
    }

    /** Where the ledger is when none is named: {@code $CHIPEX_LEDGER}, else {@code ~/.chipex/ledger.db}. */
    public static String defaultLocation(Map<String, String> environment) {
        String named = environment.get("CHIPEX_LEDGER");
        if (named != null && !named.isBlank()) {
            return named;
        }
        return Path.of(System.getProperty("user.home"), ".chipex", "ledger.db").toString();
    }

    static String jdbcUrl(String urlOrPath) {
        if (urlOrPath.startsWith("jdbc:")) {
            return urlOrPath;
        }
        Path file = Path.of(urlOrPath).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for the ledger " + file, e);
        }
        return "jdbc:sqlite:" + file;
    }
}
