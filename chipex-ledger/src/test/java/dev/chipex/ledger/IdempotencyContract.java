package dev.chipex.ledger;

import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.Refusal;
import dev.chipex.core.quota.QuotaDebit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.chipex.ledger.LedgerFixture.recorded;
import static dev.chipex.ledger.LedgerFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** A retry with the same key returns the original result and never debits twice. */
interface IdempotencyContract extends LedgerFixture {

    @Test
    default void reserve_retriedWithTheSameKey_returnsTheFirstResultAndHoldsOnce() {
        open(INDIA, 10_000);
        LedgerRequest request = exporter();
        var first = recorded(ledger().reserve(request, INDIA, 4_000, inOneHour()));
        var retry = recorded(ledger().reserve(request, INDIA, 4_000, inOneHour().plusSeconds(5)));
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.entries()).isEqualTo(first.entries());
        assertThat(balance(INDIA).reservedTpp()).isEqualTo(4_000);
    }

    @Test
    default void commit_retriedWithTheSameKey_commitsOnce() {
        open(INDIA, 10_000);
        String id = reserve(INDIA, 4_000);
        LedgerRequest request = exporter();
        var first = recorded(ledger().commit(request, id));
        var retry = recorded(ledger().commit(request, id));
        assertThat(retry.entries()).isEqualTo(first.entries());
        assertThat(balance(INDIA).committedTpp()).isEqualTo(4_000);
    }

    @Test
    default void recordDebits_retriedWithTheSameKey_debitsOnce() {
        LedgerRequest request = exporter();
        List<QuotaDebit> debits = List.of(new QuotaDebit(ACME_LPP, 1_000_000, LPP_TPP, 0, "ai-diffusion-2025.lpp"));
        var first = recorded(ledger().recordDebits(request, debits));
        var retry = recorded(ledger().recordDebits(request, debits));
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.entries()).isEqualTo(first.entries());
        assertThat(balance(ACME_LPP).committedTpp()).isEqualTo(1_000_000);
    }

    @Test
    default void key_reusedForADifferentRequest_refusedAndNothingChanges() {
        open(INDIA, 10_000);
        LedgerRequest request = exporter();
        recorded(ledger().reserve(request, INDIA, 4_000, inOneHour()));
        var refusal = refused(ledger().reserve(request, INDIA, 5_000, inOneHour()));
        assertThat(refusal.refusal()).isEqualTo(Refusal.KEY_REUSED);
        assertThat(balance(INDIA).reservedTpp()).isEqualTo(4_000);
    }

    @Test
    default void refusedRequest_retriedAfterQuotaIsFreed_isDecidedAgain() {
        open(INDIA, 10_000);
        String other = reserve(INDIA, 8_000);
        LedgerRequest request = exporter();
        refused(ledger().reserve(request, INDIA, 5_000, inOneHour()));
        recorded(ledger().release(exporter(), other));
        assertThat(recorded(ledger().reserve(request, INDIA, 5_000, inOneHour())).replayed()).isFalse();
        assertThat(balance(INDIA).reservedTpp()).isEqualTo(5_000);
    }
}
