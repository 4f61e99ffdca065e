package dev.chipex.ledger;

import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.LedgerAudit;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.Refusal;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.chipex.ledger.LedgerFixture.recorded;
import static dev.chipex.ledger.LedgerFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two ledger instances on one database, as two processes would have. Each writes, when it can,
 * on what its own last transaction left known, without the lock or any read: so each must
 * notice the other's writes at its commit, and decide again under the lock on what is there.
 */
class TwoInstancesTest {
    static final QuotaAccount ACCOUNT = new QuotaAccount(QuotaKind.COUNTRY_ALLOCATION, "IN", "2025-2027");
    static final Actor EXPORTER = Actor.exporter("acme exports");

    @TempDir
    Path folder;
    private PostgresSchema schema;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final List<JdbcQuotaLedger> opened = new ArrayList<>();

    private String url(String store) {
        if (store.equals("sqlite")) {
            return "jdbc:sqlite:" + folder.resolve("ledger.db");
        }
        schema = PostgresSchema.create();
        return schema.url();
    }

    private JdbcQuotaLedger open(String url) {
        JdbcQuotaLedger ledger = (JdbcQuotaLedger) Ledgers.open(url, clock);
        opened.add(ledger);
        return ledger;
    }

    @AfterEach
    void close() {
        opened.forEach(JdbcQuotaLedger::close);
        if (schema != null) {
            schema.close();
        }
    }

    private LedgerResult reserve(JdbcQuotaLedger ledger, String key, long amount) {
        return ledger.reserve(LedgerRequest.of(key, EXPORTER), ACCOUNT, amount, clock.instant().plus(Duration.ofHours(1)));
    }

    private static void assertAudited(JdbcQuotaLedger ledger) {
        LedgerAudit audit = ledger.verify();
        assertThat(audit.findings()).isEmpty();
        assertThat(ledger.balance(ACCOUNT).orElseThrow().availableTpp()).isNotNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void staleInstance_decidesAgainOnWhatTheOtherWrote_andNeverOverdraws(String store) {
        String url = url(store);
        JdbcQuotaLedger a = open(url);
        JdbcQuotaLedger b = open(url);
        assertThat(a.openAccount(LedgerRequest.of("open", Actor.regulator("bis")), ACCOUNT, 12, "allocation")
                .isRecorded()).isTrue();
        recorded(reserve(a, "a-1", 3));
        recorded(reserve(a, "a-2", 3));
        assertThat(a.knownCommits()).as("a's reservations went on what its opening left known").isEqualTo(2);

        recorded(reserve(b, "b-1", 4));
        // a still knows 6 available; 3 would fit in that, but b has taken 4 of them
        assertThat(refused(reserve(a, "a-3", 3)).refusal()).isEqualTo(Refusal.INSUFFICIENT_QUOTA);
        assertThat(a.knownCommits()).isEqualTo(2);
        // deciding under the lock, a learnt what is there, so it goes on what it knows again
        recorded(reserve(a, "a-4", 2));
        assertThat(a.knownCommits()).isEqualTo(3);
        // b still knows 2 available, but a has taken them
        assertThat(refused(reserve(b, "b-2", 1)).refusal()).isEqualTo(Refusal.INSUFFICIENT_QUOTA);
        assertThat(b.knownCommits()).isZero();

        assertThat(b.balance(ACCOUNT).orElseThrow().reservedTpp()).isEqualTo(12);
        assertAudited(a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void keyUsedByTheOtherInstance_isReplayedOrRefusedAsReused(String store) {
        String url = url(store);
        JdbcQuotaLedger a = open(url);
        JdbcQuotaLedger b = open(url);
        assertThat(a.openAccount(LedgerRequest.of("open", Actor.regulator("bis")), ACCOUNT, 10, "allocation")
                .isRecorded()).isTrue();
        recorded(reserve(b, "b-1", 1));
        LedgerResult.Recorded first = recorded(reserve(a, "shared", 2));
        recorded(reserve(b, "b-2", 1));
        // b knows the head after its own b-2, so the key alone can tell it that "shared" is not new
        LedgerResult.Recorded again = recorded(reserve(b, "shared", 2));
        assertThat(again.replayed()).isTrue();
        assertThat(again.entries()).isEqualTo(first.entries());
        // the same key for another request is refused as reused, not judged on its amount
        assertThat(refused(reserve(b, "shared", 1_000)).refusal()).isEqualTo(Refusal.KEY_REUSED);
        assertThat(refused(reserve(a, "shared", 1_000)).refusal()).isEqualTo(Refusal.KEY_REUSED);
        assertThat(b.balance(ACCOUNT).orElseThrow().reservedTpp()).isEqualTo(4);
        assertAudited(b);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void twoInstancesRacingForOneAccount_endExactlyAtZero(String store) throws Exception {
        String url = url(store);
        List<JdbcQuotaLedger> ledgers = List.of(open(url), open(url));
        ledgers.get(0).openAccount(LedgerRequest.of("open", Actor.regulator("bis")), ACCOUNT, 1_000, "allocation");
        int threadsPerInstance = 4;
        int reservationsPerThread = 250;
        Race race = Race.run(2 * threadsPerInstance, reservationsPerThread,
                (thread, i) -> reserve(ledgers.get(thread % 2), "t" + thread + "-" + i, 1));
        assertThat(race.recorded()).isEqualTo(1_000);
        assertThat(race.insufficientQuota()).isEqualTo(1_000);
        assertThat(ledgers.get(1).balance(ACCOUNT).orElseThrow().availableTpp()).isZero();
        assertThat(ledgers.get(0).knownCommits() + ledgers.get(1).knownCommits())
                .as("some batches went on what was known").isPositive();
        assertAudited(ledgers.get(1));
    }
}
