package dev.chipex.ledger;

import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.ChainLink;
import dev.chipex.core.ledger.EntryType;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.Reservation;
import dev.chipex.core.ledger.ReservationState;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statements {@link PendingRows} makes of a batch's rows: multi-row INSERTs of 1, 2, 4, ...
 * rows, one write per account with its last balances, and the order the keys need (journal
 * first, accounts before the reservations that refer to them). That the rows land and audit is
 * checked on both databases by BatchTransactionTest and the contract suite.
 */
class PendingRowsTest {
    static final QuotaAccount INDIA = new QuotaAccount(QuotaKind.COUNTRY_ALLOCATION, "IN", "2025-2027");
    static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private static JournalEntry entry(long sequence) {
        return new JournalEntry(sequence, "key-" + sequence, NOW, EntryType.QUOTA_RESERVED,
                INDIA.id(), 10, "res-" + sequence, NOW.plusSeconds(60), 1_000, 0, 10 * sequence, "exporter:acme", "",
                ChainLink.GENESIS.hash(), ChainLink.GENESIS.hash());
    }

    private static List<String> texts(PendingRows rows) {
        return rows.statements().stream().map(Map.Entry::getKey).toList();
    }

    @Test
    void thirteenEntries_goAsInsertsOfEightFourAndOneRows_inSequenceOrder() {
        PendingRows rows = new PendingRows();
        for (long seq = 1; seq <= 13; seq++) {
            rows.entry(entry(seq));
        }

        List<Map.Entry<String, List<Object>>> statements = rows.statements();

        assertThat(statements).extracting(s -> s.getValue().size()).containsExactly(8 * 17, 4 * 17, 17);
        assertThat(statements).extracting(s -> s.getKey().split("\\), \\(").length).containsExactly(8, 4, 1);
        assertThat(statements.stream().flatMap(s -> s.getValue().stream()).filter(v -> v instanceof String k
                && k.startsWith("key-"))).extracting(Object::toString)
                .containsExactly("key-1", "key-2", "key-3", "key-4", "key-5", "key-6", "key-7", "key-8", "key-9",
                        "key-10", "key-11", "key-12", "key-13");
    }

    @Test
    void manyEntries_goInStatementsOfAtMost64Rows() {
        PendingRows rows = new PendingRows();
        for (long seq = 1; seq <= 200; seq++) {
            rows.entry(entry(seq));
        }

        assertThat(rows.statements()).extracting(s -> s.getValue().size() / 17).containsExactly(64, 64, 64, 8);
    }

    @Test
    void anAccountSavedThreeTimes_isWrittenOnce_withItsLastBalances_andInsertedIfItWasNotOpen() {
        PendingRows rows = new PendingRows();
        rows.account(AccountBalance.opened(INDIA, 1_000), false);
        rows.account(new AccountBalance(INDIA, 1_000, 0, 100), true);
        rows.account(new AccountBalance(INDIA, 1_000, 100, 50), true);

        List<Map.Entry<String, List<Object>>> statements = rows.statements();

        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.getKey()).startsWith("INSERT INTO account").contains("ON CONFLICT (id) DO UPDATE");
            assertThat(s.getValue()).startsWith(1_000L, 100L, 50L, INDIA.id());
        });
    }

    @Test
    void rowsOfEveryTable_goJournalFirst_thenAccounts_newReservations_andSettledOnes() {
        PendingRows rows = new PendingRows();
        rows.reservation(new Reservation("res-1", INDIA.id(), 10, NOW.plusSeconds(60), ReservationState.COMMITTED));
        rows.reservation(new Reservation("res-2", INDIA.id(), 10, NOW.plusSeconds(60), ReservationState.HELD));
        rows.account(new AccountBalance(INDIA, 1_000, 10, 10), true);
        rows.entry(entry(1));
        rows.request("key-1", "reserve|x", 1);

        assertThat(texts(rows)).extracting(text -> text.replaceAll("^((INSERT INTO|UPDATE) \\w+).*$", "$1")).containsExactly(
                "INSERT INTO journal", "UPDATE account", "INSERT INTO reservation", "UPDATE reservation");
    }

    @Test
    void aRecordedRequest_putsItsFingerprintAndFirstEntry_onItsLastEntry_only() {
        PendingRows rows = new PendingRows();
        rows.entry(entry(1));
        rows.entry(new JournalEntry(2, "debits-7", NOW, EntryType.ACCOUNT_OPENED, INDIA.id(), 1_000, null, null,
                1_000, 0, 0, "exporter:acme", "", ChainLink.GENESIS.hash(), ChainLink.GENESIS.hash()));
        rows.entry(new JournalEntry(3, "debits-7", NOW, EntryType.QUOTA_DEBITED, INDIA.id(), 10, null, null,
                1_000, 10, 0, "exporter:acme", "", ChainLink.GENESIS.hash(), ChainLink.GENESIS.hash()));
        rows.request("debits-7", "debits|IN:10", 2);

        List<Object> values = rows.statements().stream().flatMap(s -> s.getValue().stream()).toList();

        assertThat(values.subList(15, 17)).containsOnlyNulls();
        assertThat(values.subList(17 + 15, 17 + 17)).containsOnlyNulls();
        assertThat(values.subList(34 + 15, 34 + 17)).containsExactly("debits|IN:10", 2L);
    }

    @Test
    void aRequestWithoutAnEntryOfItsOwn_cannotBeRecorded() {
        PendingRows rows = new PendingRows();
        rows.entry(entry(1));

        assertThatThrownBy(() -> rows.request("key-2", "reserve|x", 2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void discardedRows_leaveNothingToWrite() {
        PendingRows rows = new PendingRows();
        rows.entry(entry(1));
        rows.request("key-1", "reserve|x", 1);

        rows.discard();

        assertThat(rows.isEmpty()).isTrue();
        assertThat(rows.statements()).isEmpty();
    }
}
