package dev.chipex.ledger;

import dev.chipex.core.ledger.QuotaLedger;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The contract suite against a SQLite file, new for every test. */
class SqliteLedgerTest extends JdbcLedgerContract {
    @TempDir
    Path folder;

    @Override
    QuotaLedger openLedger(MutableClock clock) {
        return Ledgers.open(file(), clock);
    }

    @Override
    QuotaLedger reopen(QuotaLedger current, MutableClock clock) {
        current.close();
        return Ledgers.open(file(), clock);
    }

    @Override
    String url() {
        return "jdbc:sqlite:" + file();
    }

    private String file() {
        return folder.resolve("ledger.db").toString();
    }
}
