package dev.chipex.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression (chipex-bench ledger): the expiry sweep that starts every request on an account
 * read every held reservation of the account, so reservations slowed down as more were held.
 * The sweep's query must be answered from an index that includes the expiry time.
 */
class ExpirySweepIndexTest {
    @TempDir
    Path folder;

    @Test
    void expirySweep_onMigratedSqliteLedger_searchesTheDueIndexByExpiry() throws Exception {
        String url = "jdbc:sqlite:" + folder.resolve("ledger.db");
        Ledgers.open(url).close();

        List<String> plan = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement explain = c.prepareStatement("EXPLAIN QUERY PLAN " + Rows.DUE_ACCOUNT)) {
            explain.setLong(1, 0L);
            explain.setString(2, "CONSIGNEE_YEAR/acme/2026");
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString("detail"));
                }
            }
        }

        assertThat(plan).anySatisfy(step -> assertThat(step)
                .contains("INDEX reservation_due").contains("expires_at<?"));
    }
}
