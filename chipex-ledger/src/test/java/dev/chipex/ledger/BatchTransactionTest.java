package dev.chipex.ledger;

import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.EntryType;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.LedgerAudit;
import dev.chipex.core.ledger.LedgerClerk;
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
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static dev.chipex.ledger.LedgerFixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Group commit's batches on both databases: several requests in one transaction. What was read
 * ahead follows the batch's own writes (quota taken, reservations expired); a request that fails
 * takes back only its own writes and only its caller gets the failure; a key used twice in one
 * batch replays the first; a failure worth retrying reruns the whole batch without writing
 * anything twice; and what was answered is committed and audited.
 */
class BatchTransactionTest {
    static final QuotaAccount ACCOUNT = new QuotaAccount(QuotaKind.COUNTRY_ALLOCATION, "IN", "2025-2027");
    static final Actor EXPORTER = Actor.exporter("acme exports");
    static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    @TempDir
    Path folder;
    private PostgresSchema schema;
    private Transactions transactions;
    private final MutableClock clock = new MutableClock(NOW);
    private final LedgerClerk clerk = new LedgerClerk(clock);

    private String open(String store) {
        String url;
        if (store.equals("sqlite")) {
            url = "jdbc:sqlite:" + folder.resolve("ledger.db");
        } else {
            schema = PostgresSchema.create();
            url = schema.url();
        }
        Database database = Database.of(url);
        database.migrate();
        transactions = new Transactions(database, 2, clerk::now);
        LedgerResult opened = transactions.write(Optional.of("open"), Set.of(ACCOUNT.id()), s -> clerk.openAccount(s,
                LedgerRequest.of("open", Actor.regulator("bis")), ACCOUNT, 10_000, "allocation"));
        assertThat(opened.isRecorded()).isTrue();
        return url;
    }

    @AfterEach
    void close() {
        if (transactions != null) {
            transactions.close();
        }
        if (schema != null) {
            schema.close();
        }
    }

    private QueuedWrite<LedgerResult> reserve(String key, long amount) {
        return reserve(key, amount, NOW.plusSeconds(3600));
    }

    private QueuedWrite<LedgerResult> reserve(String key, long amount, Instant expiresAt) {
        return write(key, s -> clerk.reserve(s, LedgerRequest.of(key, EXPORTER), ACCOUNT, amount, expiresAt));
    }

    private static QueuedWrite<LedgerResult> write(String key, Function<JdbcSession, LedgerResult> work) {
        return new QueuedWrite<>(Optional.of(key), Set.of(ACCOUNT.id()), work);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void batch_readingAhead_seesItsOwnWritesAndExpiriesDueDuringIt(String store) {
        String url = open(store);
        QueuedWrite<LedgerResult> shortLived = reserve("short", 1_000, NOW.plusMillis(10));
        transactions.runBatch(List.of(shortLived));
        String expiring = recorded(shortLived.answer()).reservationId().orElseThrow();
        clock.advance(Duration.ofMillis(20));

        QueuedWrite<LedgerResult> most = reserve("most", 8_000);
        QueuedWrite<LedgerResult> tooMuch = reserve("too-much", 3_000);
        QueuedWrite<LedgerResult> rest = reserve("rest", 2_000);
        QueuedWrite<LedgerResult> commitExpired = write("commit-expired",
                s -> clerk.commit(s, LedgerRequest.of("commit-expired", EXPORTER), expiring));
        transactions.runBatch(List.of(most, tooMuch, rest, commitExpired));

        recorded(most.answer());
        assertThat(((LedgerResult.Refused) tooMuch.answer()).refusal()).isEqualTo(Refusal.INSUFFICIENT_QUOTA);
        recorded(rest.answer());
        assertThat(((LedgerResult.Refused) commitExpired.answer()).refusal()).isEqualTo(Refusal.RESERVATION_EXPIRED);
        try (QuotaLedger reopened = Ledgers.open(url)) {
            assertThat(reopened.history(Optional.empty(), 0, 100)).extracting(JournalEntry::type).containsExactly(
                    EntryType.ACCOUNT_OPENED, EntryType.QUOTA_RESERVED, EntryType.RESERVATION_EXPIRED,
                    EntryType.QUOTA_RESERVED, EntryType.QUOTA_RESERVED);
            assertThat(reopened.balance(ACCOUNT).orElseThrow().reservedTpp()).isEqualTo(10_000);
            assertAudited(reopened, 5);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void batch_withFailingRequestsAndAReusedKey_commitsTheOthersAndFailsOnlyTheFailingOnes(String store) {
        String url = open(store);
        QueuedWrite<LedgerResult> first = reserve("a", 100);
        QueuedWrite<LedgerResult> throwsAfterWriting = write("throws", s -> {
            clerk.reserve(s, LedgerRequest.of("throws", EXPORTER), ACCOUNT, 200, NOW.plusSeconds(3600));
            s.sql().flush();
            throw new IllegalStateException("refused after writing");
        });
        QueuedWrite<LedgerResult> badStatement = write("bad-sql", s -> {
            LedgerResult r = clerk.reserve(s, LedgerRequest.of("bad-sql", EXPORTER), ACCOUNT, 300, NOW.plusSeconds(3600));
            s.sql().hold("INSERT INTO no_such_table (id) VALUES (1)");
            return r;
        });
        QueuedWrite<LedgerResult> sameKeyAgain = reserve("a", 100);
        QueuedWrite<LedgerResult> last = reserve("b", 400);

        transactions.runBatch(List.of(first, throwsAfterWriting, badStatement, sameKeyAgain, last));

        LedgerResult.Recorded a = recorded(first.answer());
        assertThat(a.replayed()).isFalse();
        assertThatThrownBy(throwsAfterWriting::answer).isInstanceOf(IllegalStateException.class)
                .hasMessage("refused after writing");
        assertThatThrownBy(badStatement::answer).isInstanceOf(LedgerStoreException.class)
                .hasMessageContaining("no_such_table");
        LedgerResult.Recorded replay = recorded(sameKeyAgain.answer());
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.entries()).isEqualTo(a.entries());
        LedgerResult.Recorded b = recorded(last.answer());
        assertThat(b.entries().get(0).sequence()).isEqualTo(a.entries().get(0).sequence() + 1);

        try (QuotaLedger reopened = Ledgers.open(url)) {
            assertThat(reopened.balance(ACCOUNT).orElseThrow().reservedTpp()).isEqualTo(500);
            assertThat(reopened.history(Optional.empty(), 0, 100)).extracting(JournalEntry::idempotencyKey)
                    .containsExactly("open", "a", "b");
            assertAudited(reopened, 3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void batch_whoseRequestMeetsARetryableFailure_isRunAgainWhole_andWritesEachRequestOnce(String store) {
        String url = open(store);
        AtomicInteger attempts = new AtomicInteger();
        QueuedWrite<LedgerResult> first = reserve("a", 100);
        QueuedWrite<LedgerResult> flaky = write("flaky", s -> {
            LedgerResult r = clerk.reserve(s, LedgerRequest.of("flaky", EXPORTER), ACCOUNT, 200, NOW.plusSeconds(3600));
            if (attempts.incrementAndGet() == 1) {
                throw new SqlFailure(new SQLException("simulated conflict", "40001", 5));
            }
            return r;
        });

        transactions.runBatch(List.of(first, flaky));

        assertThat(attempts.get()).isEqualTo(2);
        recorded(first.answer());
        recorded(flaky.answer());
        try (QuotaLedger reopened = Ledgers.open(url)) {
            assertThat(reopened.balance(ACCOUNT).orElseThrow().reservedTpp()).isEqualTo(300);
            assertAudited(reopened, 3);
        }
    }

    /**
     * The rows of a batch wait and go together (PendingRows): an account opened in the batch must
     * be written before the reservation that refers to it, and a request that reads the database
     * (a reservation by id) must see the rows written before it in the batch.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void batch_openingAnAccount_reservingOnItAndCommittingThat_writesInAnOrderTheDatabaseAccepts(String store) {
        String url = open(store);
        QuotaAccount other = new QuotaAccount(QuotaKind.CONSIGNEE_YEAR, "acme cloud", "2025");
        QueuedWrite<LedgerResult> opening = new QueuedWrite<>(Optional.of("open-other"), Set.of(other.id()),
                s -> clerk.openAccount(s, LedgerRequest.of("open-other", Actor.regulator("bis")), other, 5_000, "LPP"));
        QueuedWrite<LedgerResult> reserving = new QueuedWrite<>(Optional.of("reserve-other"), Set.of(other.id()),
                s -> clerk.reserve(s, LedgerRequest.of("reserve-other", EXPORTER), other, 1_000, NOW.plusSeconds(3600)));
        QueuedWrite<LedgerResult> committing = write("commit-other",
                s -> clerk.commit(s, LedgerRequest.of("commit-other", EXPORTER), "res-3"));
        QueuedWrite<LedgerResult> moreOnTheFirst = reserve("more", 700);

        transactions.runBatch(List.of(opening, reserving, committing, moreOnTheFirst));

        recorded(opening.answer());
        assertThat(recorded(reserving.answer()).reservationId()).contains("res-3");
        recorded(committing.answer());
        recorded(moreOnTheFirst.answer());
        try (QuotaLedger reopened = Ledgers.open(url)) {
            assertThat(reopened.balance(other).orElseThrow().committedTpp()).isEqualTo(1_000);
            assertThat(reopened.balance(other).orElseThrow().reservedTpp()).isZero();
            assertThat(reopened.balance(ACCOUNT).orElseThrow().reservedTpp()).isEqualTo(700);
            assertAudited(reopened, 5);
        }
    }

    private static void assertAudited(QuotaLedger ledger, long entries) {
        LedgerAudit audit = ledger.verify();
        assertThat(audit.findings()).isEmpty();
        assertThat(audit.entriesChecked()).isEqualTo(entries);
        assertThat(audit.head().sequence()).isEqualTo(entries);
    }
}
