package dev.chipex.ledger;

import dev.chipex.core.ledger.EntryType;
import dev.chipex.core.ledger.JournalEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.chipex.ledger.LedgerFixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;

/** The journal as history: in order, per account, each entry chained to the one before. */
interface HistoryContract extends LedgerFixture {

    @Test
    default void history_ofOneAccount_listsItsEntriesInOrderWithBalancesAfter() {
        open(INDIA, 10_000);
        open(ACME_LPP, LPP_TPP);
        String id = reserve(INDIA, 4_000);
        recorded(ledger().commit(exporter(), id));
        List<JournalEntry> history = ledger().history(Optional.of(INDIA.id()), 0, 100);
        assertThat(history).extracting(JournalEntry::type).containsExactly(EntryType.ACCOUNT_OPENED,
                EntryType.QUOTA_RESERVED, EntryType.RESERVATION_COMMITTED);
        assertThat(history).extracting(JournalEntry::availableAfterTpp).containsExactly(10_000L, 6_000L, 6_000L);
        assertThat(history.get(2).actor()).isEqualTo("exporter:acme exports");
    }

    @Test
    default void history_afterASequenceWithALimit_pagesThroughTheJournal() {
        open(INDIA, 10_000);
        for (int i = 0; i < 5; i++) {
            reserve(INDIA, 100);
        }
        List<JournalEntry> page = ledger().history(Optional.empty(), 2, 2);
        assertThat(page).extracting(JournalEntry::sequence).containsExactly(3L, 4L);
        assertThat(page.get(1).previousHash()).isEqualTo(page.get(0).hash());
    }
}
