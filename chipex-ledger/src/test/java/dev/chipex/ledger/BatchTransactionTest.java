package dev.chipex.ledger;

import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.Decided;
import dev.chipex.core.ledger.EntryType;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.LedgerAudit;
import dev.chipex.core.ledger.LedgerClerk;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.ledger.Refusal;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaDebit;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static dev.chipex.ledger.LedgerFixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Group commit's batches on both databases: several requests in one transaction. Each request
 * sees what those before it in the batch wrote (quota taken, reservations expired, an account
 * opened); a request that fails takes back only its own writes and only its caller gets the
 * failure; a key used twice in one batch replays the first; a failure worth retrying reruns the
 * whole batch, decisions included, without writing anything twice; and what was answered is
 * committed and audited.
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
        transactions = new Transactions(database, 2);
        LedgerResult opened = transactions.write(s -> clerk.openAccount(s,
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
        return write(s -> clerk.reserve(s, LedgerRequest.of(key, EXPORTER), ACCOUNT, amount, expiresAt));
    }

    private static <T> QueuedWrite<T> write(Function<JdbcSession, T> work) {
        return new QueuedWrite<>(work);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void batch_eachRequestSeesTheQuotaTakenBeforeIt_andExpiriesDueDuringTheBatch(String store) {
        String url = open(store);
        QueuedWrite<LedgerResult> shortLived = reserve("short", 1_000, NOW.plusMillis(10));
        transactions.runBatch(List.of(shortLived));
        String expiring = recorded(shortLived.answer()).reservationId().orElseThrow();
        clock.advance(Duration.ofMillis(20));

        QueuedWrite<LedgerResult> most = reserve("most", 8_000);
        QueuedWrite<LedgerResult> tooMuch = reserve("too-much", 3_000);
        QueuedWrite<LedgerResult> rest = reserve("rest", 2_000);
        QueuedWrite<LedgerResult> commitExpired = write(s -> clerk.commit(s, LedgerRequest.of("commit-expired", EXPORTER),
                expiring));
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
        QueuedWrite<LedgerResult> throwsAfterWriting = write(s -> {
            clerk.reserve(s, LedgerRequest.of("throws", EXPORTER), ACCOUNT, 200, NOW.plusSeconds(3600));
            throw new IllegalStateException("refused after writing");
        });
        QueuedWrite<LedgerResult> badStatement = write(s -> {
            LedgerResult r = clerk.reserve(s, LedgerRequest.of("bad-sql", EXPORTER), ACCOUNT, 300, NOW.plusSeconds(3600));
            s.sql().update("INSERT INTO no_such_table (id) VALUES (1)", List.of());
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
        QueuedWrite<LedgerResult> flaky = write(s -> {
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

    /** One run of a decision: which run made it, and what it takes. */
    private record Decision(int run, long amountTpp) {
    }

    /**
     * QuotaLedger#decideAndRecord: the decision may be made more than once. A batch retried runs
     * it again, on the batch's state then (the reservation before it, run again too), and only the
     * run that committed is recorded and answered.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void batch_retried_decidesAgain_andRecordsAndAnswersTheRunThatCommitted(String store) {
        String url = open(store);
        AtomicInteger runs = new AtomicInteger();
        QueuedWrite<LedgerResult> before = reserve("before", 2_000);
        QueuedWrite<Decided<Decision>> deciding = write(s -> clerk.decideAndRecord(s,
                LedgerRequest.of("decide", EXPORTER),
                book -> new Decision(runs.incrementAndGet(), (10_000 - book.usedTpp(ACCOUNT)) / 2),
                d -> List.of(new QuotaDebit(ACCOUNT, d.amountTpp(), 10_000, 10_000 - 2 * d.amountTpp(), "half"))));
        QueuedWrite<LedgerResult> flaky = write(s -> {
            if (runs.get() == 1) {
                throw new SqlFailure(new SQLException("simulated deadlock", "40P01", 5));
            }
            return clerk.reserve(s, LedgerRequest.of("after", EXPORTER), ACCOUNT, 1_000, NOW.plusSeconds(3600));
        });

        transactions.runBatch(List.of(before, deciding, flaky));

        assertThat(runs.get()).isEqualTo(2);
        Decided<Decision> decided = deciding.answer();
        assertThat(decided.decision()).isEqualTo(new Decision(2, 4_000));
        assertThat(recorded(decided.recording().orElseThrow()).entries()).singleElement()
                .satisfies(e -> assertThat(e.amountTpp()).isEqualTo(4_000));
        recorded(before.answer());
        recorded(flaky.answer());
        try (QuotaLedger reopened = Ledgers.open(url)) {
            assertThat(reopened.balance(ACCOUNT).orElseThrow().committedTpp()).isEqualTo(4_000);
            assertThat(reopened.balance(ACCOUNT).orElseThrow().reservedTpp()).isEqualTo(3_000);
            assertAudited(reopened, 4);
        }
    }

    /**
     * A request sees the rows written before it in the batch: a reservation on an account opened
     * earlier in the batch, a commit of a reservation made earlier in it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void batch_openingAnAccount_reservingOnItAndCommittingThat_writesInAnOrderTheDatabaseAccepts(String store) {
        String url = open(store);
        QuotaAccount other = new QuotaAccount(QuotaKind.CONSIGNEE_YEAR, "acme cloud", "2025");
        QueuedWrite<LedgerResult> opening = write(s -> clerk.openAccount(s, LedgerRequest.of("open-other", Actor.regulator("bis")), other, 5_000, "LPP"));
        QueuedWrite<LedgerResult> reserving = write(s -> clerk.reserve(s, LedgerRequest.of("reserve-other", EXPORTER), other, 1_000, NOW.plusSeconds(3600)));
        QueuedWrite<LedgerResult> committing = write(s -> clerk.commit(s, LedgerRequest.of("commit-other", EXPORTER), "res-3"));
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
