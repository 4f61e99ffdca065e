package dev.chipex.ledger;

import dev.chipex.core.ledger.AuditFinding;
import dev.chipex.core.ledger.Decided;
import dev.chipex.core.ledger.LedgerAudit;
import dev.chipex.core.quota.QuotaDebit;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.chipex.ledger.LedgerFixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract plus what only a database can suffer: rows edited or deleted behind the ledger's
 * back, which the audit must name; and decisions made again only when a transaction is retried. Each test restores the tables afterwards, so the invariants
 * checked after every test hold again.
 */
abstract class JdbcLedgerContract extends LedgerContract {

    /** The JDBC URL of the store under test, for tampering with it directly. */
    abstract String url();

    private void sql(String... statements) {
        try (Connection connection = DriverManager.getConnection(url()); Statement statement = connection.createStatement()) {
            for (String text : statements) {
                statement.execute(text);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private LedgerAudit tamperAndAudit(String... tampering) {
        open(INDIA, 10_000);
        recorded(ledger().commit(exporter(), reserve(INDIA, 4_000)));
        reserve(INDIA, 1_000);
        sql("CREATE TABLE journal_copy AS SELECT * FROM journal", "CREATE TABLE account_copy AS SELECT * FROM account");
        sql(tampering);
        LedgerAudit audit = ledger().verify();
        sql("DELETE FROM journal", "INSERT INTO journal SELECT * FROM journal_copy", "DROP TABLE journal_copy",
"UPDATE account SET committed_tpp = (SELECT c.committed_tpp FROM account_copy c WHERE c.id = account.id)",
                "DROP TABLE account_copy");
        return audit;
    }

    @Test
    void verify_afterAnEntryWasEdited_namesTheEditedEntry() {
        LedgerAudit audit = tamperAndAudit("UPDATE journal SET amount_tpp = 400 WHERE seq = 2");
        assertThat(audit.passed()).isFalse();
        assertThat(audit.findings().get(0).kind()).isEqualTo(AuditFinding.Kind.ENTRY_EDITED);
        assertThat(audit.findings().get(0).sequence()).isEqualTo(2);
    }

    @Test
    void verify_afterAnEntryWasDeleted_namesTheMissingSequence() {
        LedgerAudit audit = tamperAndAudit("DELETE FROM journal WHERE seq = 3");
        assertThat(audit.findings().get(0).kind()).isEqualTo(AuditFinding.Kind.ENTRY_DELETED);
        assertThat(audit.findings().get(0).sequence()).isEqualTo(3);
    }

    @Test
    void verify_afterTheLastEntryWasDeleted_saysTheTailIsMissing() {
        LedgerAudit audit = tamperAndAudit("DELETE FROM journal WHERE seq = 4");
        assertThat(audit.findings()).extracting(AuditFinding::kind).contains(AuditFinding.Kind.ENTRY_DELETED);
        assertThat(audit.findings()).anySatisfy(f -> assertThat(f.sequence()).isEqualTo(4));
    }

    @Test
    void verify_afterABalanceWasEdited_namesTheAccount() {
        LedgerAudit audit = tamperAndAudit("UPDATE account SET committed_tpp = 0");
        assertThat(audit.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(AuditFinding.Kind.STATE_MISMATCH);
            assertThat(finding.message()).contains(INDIA.id());
        });
    }

    /**
     * A decision may be made more than once, but only when its transaction is retried, which a
     * lone writer never needs (issue #14: every write after the first used to be decided twice,
     * once on what the ledger had seen and again under the lock).
     */
    @Test
    void decideAndRecord_withNothingToRetry_decidesOncePerCall() {
        AtomicInteger runs = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            Decided<Long> decided = ledger().decideAndRecord(exporter(), book -> {
                runs.incrementAndGet();
                return book.usedTpp(ACME_LPP);
            }, used -> List.of(new QuotaDebit(ACME_LPP, 1_000, LPP_TPP, used, "ai-diffusion-2025.lpp")));
            assertThat(decided.decision()).isEqualTo(1_000L * i);
            recorded(decided.recording().orElseThrow());
        }
        assertThat(runs.get()).isEqualTo(3);
    }
}
