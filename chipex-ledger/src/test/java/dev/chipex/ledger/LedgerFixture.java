package dev.chipex.ledger;

import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What the contract tests use: the ledger under test, its clock, request makers and small helpers. */
interface LedgerFixture {
    /** Tier 2 country allocation 2025-2027: 790,000,000 TPP (REGULATION.md §3.6). */
    long TIER2_ALLOCATION_TPP = 790_000_000L;
    /** LPP: 26,900,000 cumulative TPP per consignee per calendar year (15 CFR 740.29; REGULATION.md §3.4). */
    long LPP_TPP = 26_900_000L;
    QuotaAccount INDIA = new QuotaAccount(QuotaKind.COUNTRY_ALLOCATION, "IN", "2025-2027");
    QuotaAccount ACME_LPP = new QuotaAccount(QuotaKind.CONSIGNEE_YEAR, "acme cloud", "2025");
    Actor EXPORTER = Actor.exporter("acme exports");
    Actor REGULATOR = Actor.regulator("bis");

    QuotaLedger ledger();

    MutableClock clock();

    /** A request with a fresh idempotency key. */
    LedgerRequest request(Actor actor);

    /** Closes the ledger and opens the same store again, as after a restart. */
    QuotaLedger reopen();

    default LedgerRequest exporter() {
        return request(EXPORTER);
    }

    default LedgerRequest regulator() {
        return request(REGULATOR);
    }

    default Instant inOneHour() {
        return clock().instant().plus(Duration.ofHours(1));
    }

    default void open(QuotaAccount account, long capacity) {
        assertThat(ledger().openAccount(regulator(), account, capacity, "allocation").isRecorded()).isTrue();
    }

    default String reserve(QuotaAccount account, long amount) {
        return recorded(ledger().reserve(exporter(), account, amount, inOneHour())).reservationId().orElseThrow();
    }

    default AccountBalance balance(QuotaAccount account) {
        return ledger().balance(account).orElseThrow();
    }

    static LedgerResult.Refused refused(LedgerResult result) {
        assertThat(result).isInstanceOf(LedgerResult.Refused.class);
        return (LedgerResult.Refused) result;
    }

    static LedgerResult.Recorded recorded(LedgerResult result) {
        assertThat(result).as("result %s", result).isInstanceOf(LedgerResult.Recorded.class);
        return (LedgerResult.Recorded) result;
    }
}
