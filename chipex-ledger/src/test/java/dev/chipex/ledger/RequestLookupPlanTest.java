package dev.chipex.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request first looks up its key's fingerprint, and a replay its entries: both must go by
 * the partial index on the requests' keys (journal_request), and the entries then by sequence
 * number, not read the journal through.
 */
class RequestLookupPlanTest {
    @TempDir
    Path folder;

    private List<String> plan(String query, Object... parameters) throws SQLException {
        String url = "jdbc:sqlite:" + folder.resolve("ledger.db");
        Ledgers.open(url).close();
        List<String> plan = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement explain = c.prepareStatement("EXPLAIN QUERY PLAN " + query)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString("detail"));
                }
            }
        }
        return plan;
    }

    @Test
    void aKeysFingerprint_isFoundByTheRequestsIndex() throws SQLException {
        assertThat(plan(Rows.FINGERPRINT, "k-1"))
                .containsExactly("SEARCH journal USING INDEX journal_request (request_key=?)");
    }

    @Test
    void aRequestsEntries_areFoundByItsKey_thenBySequenceNumber() throws SQLException {
        assertThat(plan(Rows.ENTRIES_OF, "k-1")).containsExactly(
                "SEARCH r USING INDEX journal_request (request_key=?)",
                "SEARCH e USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)");
    }
}
