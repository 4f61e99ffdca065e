package dev.chipex.ledger;

import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.LedgerAudit;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.QuotaLedger;
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
 * Two ledger instances on one database, as two processes would have: each decides on what the
 * other wrote, never on what it saw itself last, and a key used by one is the other's too.
 */
class TwoInstancesTest {
    static final QuotaAccount ACCOUNT = new QuotaAccount(QuotaKind.COUNTRY_ALLOCATION, "IN", "2025-2027");
    static final Actor EXPORTER = Actor.exporter("acme exports");

    @TempDir
    Path folder;
    private PostgresSchema schema;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final List<QuotaLedger> opened = new ArrayList<>();

    private String url(String store) {
        if (store.equals("sqlite")) {
            return "jdbc:sqlite:" + folder.resolve("ledger.db");
        }
        schema = PostgresSchema.create();
        return schema.url();
    }

    private QuotaLedger open(String url) {
        QuotaLedger ledger = Ledgers.open(url, clock);
        opened.add(ledger);
        return ledger;
    }

    @AfterEach
    void close() {
        opened.forEach(QuotaLedger::close);
        if (schema != null) {
            schema.close();
        }
    }

    private LedgerResult reserve(QuotaLedger ledger, String key, long amount) {
        return ledger.reserve(LedgerRequest.of(key, EXPORTER), ACCOUNT, amount, clock.instant().plus(Duration.ofHours(1)));
    }

    private static void assertAudited(QuotaLedger ledger) {
        LedgerAudit audit = ledger.verify();
        assertThat(audit.findings()).isEmpty();
        assertThat(ledger.balance(ACCOUNT).orElseThrow().availableTpp()).isNotNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void eachInstance_decidesOnWhatTheOtherWrote_andNeverOverdraws(String store) {
        String url = url(store);
        QuotaLedger a = open(url);
        QuotaLedger b = open(url);
        assertThat(a.openAccount(LedgerRequest.of("open", Actor.regulator("bis")), ACCOUNT, 12, "allocation")
                .isRecorded()).isTrue();
        recorded(reserve(a, "a-1", 3));
        recorded(reserve(a, "a-2", 3));

        recorded(reserve(b, "b-1", 4));
        // a last saw 6 available; 3 would fit in that, but b has taken 4 of them
        assertThat(refused(reserve(a, "a-3", 3)).refusal()).isEqualTo(Refusal.INSUFFICIENT_QUOTA);
        recorded(reserve(a, "a-4", 2));
        // b last saw 2 available, but a has taken them
        assertThat(refused(reserve(b, "b-2", 1)).refusal()).isEqualTo(Refusal.INSUFFICIENT_QUOTA);

        assertThat(b.balance(ACCOUNT).orElseThrow().reservedTpp()).isEqualTo(12);
        assertAudited(a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void keyUsedByTheOtherInstance_isReplayedOrRefusedAsReused(String store) {
        String url = url(store);
        QuotaLedger a = open(url);
        QuotaLedger b = open(url);
        assertThat(a.openAccount(LedgerRequest.of("open", Actor.regulator("bis")), ACCOUNT, 10, "allocation")
                .isRecorded()).isTrue();
        recorded(reserve(b, "b-1", 1));
        LedgerResult.Recorded first = recorded(reserve(a, "shared", 2));
        recorded(reserve(b, "b-2", 1));
        // b's last write came after a's "shared": b must find the key used all the same
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
        List<QuotaLedger> ledgers = List.of(open(url), open(url));
        ledgers.get(0).openAccount(LedgerRequest.of("open", Actor.regulator("bis")), ACCOUNT, 1_000, "allocation");
        int threadsPerInstance = 4;
        int reservationsPerThread = 250;
        Race race = Race.run(2 * threadsPerInstance, reservationsPerThread,
                (thread, i) -> reserve(ledgers.get(thread % 2), "t" + thread + "-" + i, 1));
        assertThat(race.recorded()).isEqualTo(1_000);
        assertThat(race.insufficientQuota()).isEqualTo(1_000);
        assertThat(ledgers.get(1).balance(ACCOUNT).orElseThrow().availableTpp()).isZero();
        assertAudited(ledgers.get(1));
    }
}
