package dev.chipex.ledger;

import dev.chipex.core.ledger.LedgerAudit;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.ledger.ReservationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process writing under load is killed with SIGKILL; after a restart every commit it reported
 * is there, nothing is half-written, and the chain verifies.
 */
class CrashTest {
    static final int COMMITS_BEFORE_KILL = 150;

    @TempDir
    Path folder;

    @Test
    void sqliteLedger_writerKilledMidLoad_losesNoCommittedEntryAndVerifies() throws Exception {
        killWriterAndCheck("jdbc:sqlite:" + folder.resolve("ledger.db"));
    }

    @Test
    void postgresLedger_writerKilledMidLoad_losesNoCommittedEntryAndVerifies() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create()) {
            killWriterAndCheck(schema.url());
        }
    }

    private static void killWriterAndCheck(String url) throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LoadWriter.class.getName(), url, "100000", "120")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> committed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; committed.size() < COMMITS_BEFORE_KILL && (line = out.readLine()) != null; ) {
                committed.add(line.substring("committed ".length()));
            }
            writer.destroyForcibly();
            assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed).as("commits reported before the kill").hasSize(COMMITS_BEFORE_KILL);
        try (QuotaLedger ledger = Ledgers.open(url)) {
            for (String id : committed) {
                assertThat(ledger.reservation(id)).as(id).hasValueSatisfying(r ->
                        assertThat(r.state()).isEqualTo(ReservationState.COMMITTED));
            }
            LedgerAudit audit = ledger.verify();
            assertThat(audit.findings()).isEmpty();
            assertThat(audit.entriesChecked()).isGreaterThanOrEqualTo(1 + 2L * COMMITS_BEFORE_KILL);
            assertThat(ledger.balance(LoadWriter.ACCOUNT).orElseThrow().committedTpp())
                    .isGreaterThanOrEqualTo(1_000L * COMMITS_BEFORE_KILL);
        }
    }
}
