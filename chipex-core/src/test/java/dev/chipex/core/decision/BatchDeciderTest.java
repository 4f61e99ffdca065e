package dev.chipex.core.decision;

import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.RegimeCatalog;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BatchDeciderTest {
    private final DecisionEngine engine = DecisionEngine.of(RegimeCatalog.builtIn().get("ai-diffusion-2025"));

    private static Transaction h100(String id, String date, long quantity) {
        return new Transaction(id, LocalDate.parse(date), Items.fromCatalog("item", "H100"), quantity, "IN", "Acme", "IN",
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void decide_laterShipmentListedFirst_seesEarlierConsumptionOfLpp() {
        // 15 CFR 740.29: 26,900,000 TPP per consignee per calendar year = 1,699 H100 SXM.
        List<Transaction> batch = List.of(h100("late", "2025-09-01", 1_000), h100("early", "2025-06-01", 1_000));

        List<Determination> results = new BatchDecider(engine, true).decide(batch, new InMemoryQuotaBook());

        assertThat(results.get(1).transactionId()).isEqualTo("early");
        assertThat(results.get(1).exception()).contains("LPP");
        assertThat(results.get(0).transactionId()).isEqualTo("late");
        assertThat(results.get(0).outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
        assertThat(results.get(0).shortfall()).hasValueSatisfying(s -> assertThat(s.unitsThatFit()).isEqualTo(699));
    }

    @Test
    void decide_newCalendarYear_startsAFreshLppAccount() {
        List<Determination> results = new BatchDecider(engine, true).decide(
                List.of(h100("a", "2025-06-01", 1_600), h100("b", "2026-01-02", 1_600)), new InMemoryQuotaBook());

        assertThat(results).extracting(Determination::outcome).containsExactly(Outcome.EXCEPTION, Outcome.EXCEPTION);
    }

    @Test
    void decide_assumedApprovals_drawTheCountryAllocation() {
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        new BatchDecider(engine, true).decide(List.of(h100("big", "2025-06-01", 10_000)), book);

        assertThat(book.snapshot()).hasEntrySatisfying(
                new dev.chipex.core.quota.QuotaAccount(dev.chipex.core.quota.QuotaKind.COUNTRY_ALLOCATION, "IN", "2025-2027"),
                used -> assertThat(used).isEqualTo(158_320_000L));
    }

    @Test
    void decide_withoutAssumedApprovals_leavesTheAllocationUntouched() {
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        new BatchDecider(engine, false).decide(List.of(h100("big", "2025-06-01", 10_000)), book);

        assertThat(book.snapshot()).isEmpty();
    }

    @Test
    void decide_withAProgressListener_reportsEachDecisionOnce() {
        List<Integer> counts = new java.util.ArrayList<>();
        new BatchDecider(engine, true).decide(List.of(h100("a", "2025-06-02", 1), h100("b", "2025-06-01", 1)),
                new InMemoryQuotaBook(), counts::add);

        assertThat(counts).containsExactly(1, 2);
    }

    @Test
    void decideNext_oneAtATimeInDateOrder_givesWhatTheWholeBatchGivesAndLeavesTheSameBook() {
        List<Transaction> batch = List.of(h100("a", "2025-06-01", 1_000), h100("b", "2025-06-01", 1_000),
                h100("c", "2025-06-02", 40_000), h100("d", "2025-06-03", 500));
        BatchDecider decider = new BatchDecider(engine, true);
        InMemoryQuotaBook whole = new InMemoryQuotaBook();
        InMemoryQuotaBook streamed = new InMemoryQuotaBook();

        List<Determination> all = decider.decide(batch, whole);
        List<Determination> oneByOne = batch.stream().map(t -> decider.decideNext(t, streamed)).toList();

        assertThat(oneByOne).isEqualTo(all);
        assertThat(streamed.snapshot()).isEqualTo(whole.snapshot()).isNotEmpty();
    }
}
