package dev.chipex.core.ledger;

import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalAuditTest {
    static final QuotaAccount INDIA = new QuotaAccount(QuotaKind.COUNTRY_ALLOCATION, "IN", "2025-2027");
    final Clock clock = Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC);

    List<JournalEntry> journalOfThreeEntries(InMemoryQuotaLedger ledger) {
        ledger.openAccount(LedgerRequest.of("a", Actor.regulator("bis")), INDIA, 1_000, "allocation");
        ledger.reserve(LedgerRequest.of("b", Actor.exporter("acme")), INDIA, 300, clock.instant().plusSeconds(60));
        ledger.reserve(LedgerRequest.of("c", Actor.exporter("acme")), INDIA, 200, clock.instant().plusSeconds(60));
        return new ArrayList<>(ledger.history(Optional.empty(), 0, 10));
    }

    @Test
    void audit_untouchedJournal_passes() {
        InMemoryQuotaLedger ledger = new InMemoryQuotaLedger(clock);
        journalOfThreeEntries(ledger);
        assertThat(ledger.verify().passed()).isTrue();
        assertThat(ledger.verify().entriesChecked()).isEqualTo(3);
    }

    @Test
    void audit_entryWithAChangedAmount_isReportedAsEdited() {
        InMemoryQuotaLedger ledger = new InMemoryQuotaLedger(clock);
        List<JournalEntry> journal = journalOfThreeEntries(ledger);
        JournalEntry e = journal.get(1);
        journal.set(1, new JournalEntry(e.sequence(), e.idempotencyKey(), e.recordedAt(), e.type(), e.accountId(), 30,
                e.reservationId(), e.expiresAt(), e.capacityAfterTpp(), e.committedAfterTpp(), e.reservedAfterTpp(),
                e.actor(), e.note(), e.previousHash(), e.hash()));
        LedgerAudit audit = JournalAudit.of(journal, journal.get(2).link(), projectionOf(ledger));
        assertThat(audit.findings().get(0)).isEqualTo(new AuditFinding(2, AuditFinding.Kind.ENTRY_EDITED,
                "the entry's fields do not give its hash: the row was edited"));
    }

    @Test
    void audit_missingMiddleEntry_isReportedAsDeleted() {
        InMemoryQuotaLedger ledger = new InMemoryQuotaLedger(clock);
        List<JournalEntry> journal = journalOfThreeEntries(ledger);
        JournalEntry last = journal.get(2);
        journal.remove(1);
        LedgerAudit audit = JournalAudit.of(journal, last.link(), projectionOf(ledger));
        assertThat(audit.findings().get(0).kind()).isEqualTo(AuditFinding.Kind.ENTRY_DELETED);
        assertThat(audit.findings().get(0).sequence()).isEqualTo(2);
    }

    @Test
    void accountIds_parse_readsKindHolderAndPeriodOrNamesTheFormat() {
        assertThat(AccountIds.parse("CONSIGNEE_YEAR/acme cloud/2025"))
                .isEqualTo(new QuotaAccount(QuotaKind.CONSIGNEE_YEAR, "acme cloud", "2025"));
        assertThatThrownBy(() -> AccountIds.parse("ALLOCATION/IN/2025")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("COUNTRY_ALLOCATION");
    }

    private static Projection projectionOf(InMemoryQuotaLedger ledger) {
        return new Projection(java.util.Map.of(INDIA.id(), ledger.balance(INDIA).orElseThrow()),
                java.util.Map.of("res-2", ledger.reservation("res-2").orElseThrow(),
                        "res-3", ledger.reservation("res-3").orElseThrow()), java.util.Map.of(), java.util.Map.of());
    }
}
