package dev.chipex.ledger;

import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.LedgerAudit;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.QuotaLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger contract suite: every test of the contract interfaces, run against each store (in
 * memory, SQLite, PostgreSQL) by the subclasses. After every test the invariants are checked:
 * no account overdrawn or negative, the journal re-derives every stored balance, the hash chain
 * verifies.
 */
abstract class LedgerContract implements ReservationContract, IdempotencyContract, DebitContract,
        AgreementContract, FleetShareContract, HistoryContract, ConcurrencyContract {
    private final AtomicInteger keys = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private QuotaLedger ledger;

    /** A new, empty ledger of the store under test. */
    abstract QuotaLedger openLedger(MutableClock clock);

    /** The same store opened again after {@code current} was closed; in memory, the same object. */
    abstract QuotaLedger reopen(QuotaLedger current, MutableClock clock);

    @BeforeEach
    final void openFreshLedger() {
        ledger = openLedger(clock);
    }

    @AfterEach
    final void invariantsHold() {
        try {
            LedgerAudit audit = ledger.verify();
            assertThat(audit.findings()).as("audit findings").isEmpty();
            assertThat(audit.entriesChecked()).isEqualTo(audit.head().sequence());
            for (AccountBalance balance : ledger.accounts()) {
                assertThat(balance.availableTpp()).as("available in " + balance.account()).isNotNegative();
                assertThat(ledger.usedTpp(balance.account())).isBetween(0L, balance.usedTpp());
            }
        } finally {
            ledger.close();
            closeStore();
        }
    }

    /** Runs after the invariants were checked and the ledger closed (JUnit runs a subclass's own
     * {@code @AfterEach} before this class's, too early to drop the store). */
    void closeStore() {
    }

    @Override
    public QuotaLedger ledger() {
        return ledger;
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public LedgerRequest request(Actor actor) {
        return LedgerRequest.of("key-" + keys.incrementAndGet(), actor);
    }

    @Override
    public QuotaLedger reopen() {
        ledger = reopen(ledger, clock);
        return ledger;
    }
}
