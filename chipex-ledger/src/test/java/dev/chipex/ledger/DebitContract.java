package dev.chipex.ledger;

import dev.chipex.core.ledger.Decided;
import dev.chipex.core.ledger.EntryType;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.Refusal;
import dev.chipex.core.quota.QuotaDebit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.chipex.ledger.LedgerFixture.recorded;
import static dev.chipex.ledger.LedgerFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** Recording a determination's debits: all or none, opening accounts the regime sized. */
interface DebitContract extends LedgerFixture {

    @Test
    default void recordDebits_onAccountsNotYetOpen_opensThemWithTheDebitsCapacity() {
        var result = recorded(ledger().recordDebits(exporter(), List.of(
                new QuotaDebit(ACME_LPP, 2_000_000, LPP_TPP, 0, "ai-diffusion-2025.lpp"),
                new QuotaDebit(INDIA, 50_000_000, TIER2_ALLOCATION_TPP, 0, "ai-diffusion-2025.allocation"))));
        assertThat(result.entries()).extracting(JournalEntry::type).containsExactly(EntryType.ACCOUNT_OPENED,
                EntryType.QUOTA_DEBITED, EntryType.ACCOUNT_OPENED, EntryType.QUOTA_DEBITED);
        assertThat(balance(ACME_LPP).capacityTpp()).isEqualTo(LPP_TPP);
        assertThat(balance(ACME_LPP).committedTpp()).isEqualTo(2_000_000);
        assertThat(balance(INDIA).availableTpp()).isEqualTo(TIER2_ALLOCATION_TPP - 50_000_000);
    }

    @Test
    default void recordDebits_whenOneAccountWouldBeOverdrawn_recordsNothing() {
        open(INDIA, 10_000);
        reserve(INDIA, 9_000);
        long headBefore = ledger().verify().head().sequence();
        var refusal = refused(ledger().recordDebits(exporter(), List.of(
                new QuotaDebit(ACME_LPP, 2_000_000, LPP_TPP, 0, "ai-diffusion-2025.lpp"),
                new QuotaDebit(INDIA, 5_000, 10_000, 0, "ai-diffusion-2025.allocation"))));
        assertThat(refusal.refusal()).isEqualTo(Refusal.INSUFFICIENT_QUOTA);
        assertThat(refusal.availableTpp()).isEqualTo(1_000);
        assertThat(refusal.message()).contains(INDIA.id());
        assertThat(ledger().balance(ACME_LPP)).isEmpty();
        assertThat(ledger().verify().head().sequence()).isEqualTo(headBefore);
    }

    @Test
    default void recordDebits_onAnOpenAccount_usesTheRecordedCapacity() {
        open(INDIA, 10_000);
        var refusal = refused(ledger().recordDebits(exporter(), List.of(
                new QuotaDebit(INDIA, 20_000, TIER2_ALLOCATION_TPP, 0, "ai-diffusion-2025.allocation"))));
        assertThat(refusal.availableTpp()).isEqualTo(10_000);
    }

    @Test
    default void recordDebits_twoDebitsOnOneAccount_mustFitTogether() {
        var refusal = refused(ledger().recordDebits(exporter(), List.of(
                new QuotaDebit(ACME_LPP, 20_000_000, LPP_TPP, 0, "ai-diffusion-2025.lpp"),
                new QuotaDebit(ACME_LPP, 20_000_000, LPP_TPP, 0, "ai-diffusion-2025.lpp"))));
        assertThat(refusal.refusal()).isEqualTo(Refusal.INSUFFICIENT_QUOTA);
        assertThat(ledger().balance(ACME_LPP)).isEmpty();
    }

    @Test
    default void decideAndRecord_seesLiveBalancesAndRecordsInTheSameTransaction() {
        recorded(ledger().recordDebits(exporter(), List.of(
                new QuotaDebit(ACME_LPP, 26_000_000, LPP_TPP, 0, "ai-diffusion-2025.lpp"))));
        // A decision that takes whatever LPP is left, as the engine would for a shipment that fits.
        Decided<Long> decided = ledger().decideAndRecord(exporter(), book -> LPP_TPP - book.usedTpp(ACME_LPP),
                left -> List.of(new QuotaDebit(ACME_LPP, left, LPP_TPP, LPP_TPP - left, "ai-diffusion-2025.lpp")));
        assertThat(decided.decision()).isEqualTo(900_000);
        assertThat(decided.recording().map(r -> r.isRecorded())).contains(true);
        assertThat(balance(ACME_LPP).availableTpp()).isZero();
    }

    @Test
    default void decideAndRecord_withoutDebits_recordsNothing() {
        Decided<String> decided = ledger().decideAndRecord(exporter(), book -> "NLR", decision -> List.of());
        assertThat(decided.recording()).isEqualTo(Optional.empty());
        assertThat(ledger().accounts()).isEmpty();
    }
}
