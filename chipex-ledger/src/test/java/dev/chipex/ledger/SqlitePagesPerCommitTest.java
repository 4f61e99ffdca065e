package dev.chipex.ledger;

import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one reservation costs SQLite at its commit, counted rather than timed: the pages it
 * writes to the WAL, each a 4 KB frame written before the fsync (chipex-bench ledger: with one
 * writer, the commit's I/O is a large part of a reservation's time). On average over 100
 * reservations (one commit may also write pages split off or the database's header): V1-V2
 * about 12 (chain head; journal, its key's autoindex and two indexes; reservation, its key's
 * autoindex and one index; account; request and its key's autoindex), V3 about 10 (the request
 * row folded into the journal), V4 about 8 (the journal keyed by rowid, reservations WITHOUT ROWID).
 */
class SqlitePagesPerCommitTest {
    static final QuotaAccount ACCOUNT = new QuotaAccount(QuotaKind.CONSIGNEE_YEAR, "acme cloud", "2026");

    @TempDir
    Path folder;

    @Test
    void aReservation_writesAtMostEightPagesToTheWal_onAverage() throws SQLException {
        String url = "jdbc:sqlite:" + folder.resolve("ledger.db");
        Instant expires = Instant.now().plus(365, ChronoUnit.DAYS);
        int measured = 100;
        int frames;
        try (QuotaLedger ledger = Ledgers.open(url);
             Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            ledger.openAccount(LedgerRequest.of("open", Actor.regulator("bis")), ACCOUNT, 1_000_000, "allocation");
            for (int i = 0; i < 300; i++) {
                ledger.reserve(LedgerRequest.of("warm-" + i, Actor.exporter("acme")), ACCOUNT, 1, expires);
            }
            try (ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                assertThat(r.getInt(1)).as("the WAL was emptied (not busy)").isZero();
            }
            // 100 commits stay below the automatic checkpoint (1,000 frames), so the WAL holds them all
            for (int i = 0; i < measured; i++) {
                ledger.reserve(LedgerRequest.of("r-" + i, Actor.exporter("acme")), ACCOUNT, 1, expires);
            }
            try (ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                frames = r.getInt(2);
            }
        }

        assertThat(frames / (double) measured).isBetween(1.0, 8.5);
    }
}
