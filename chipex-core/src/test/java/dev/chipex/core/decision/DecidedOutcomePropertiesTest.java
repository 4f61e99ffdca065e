package dev.chipex.core.decision;

import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.RegimeCatalog;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deciding into one {@link DecidedOutcome} shared by every regime in turn, as a simulation does,
 * must give each regime the determination it gives alone, rule by rule: the item summary and
 * holder name a shipment's first regime works out are reused by the others, never carried over
 * to the next shipment.
 */
class DecidedOutcomePropertiesTest {
    private static final RegimeCatalog REGIMES = RegimeCatalog.builtIn();
    private static final List<DecisionEngine> ENGINES =
            REGIMES.builtInIds().stream().map(id -> DecisionEngine.of(REGIMES.get(id))).toList();

    /** Consignees in other case and spacing (one account holder) and one no rule names, so quotas fill and differ. */
    @Provide
    Arbitrary<List<Transaction>> batches() {
        return DecisionArbitraries.transactions().flatMap(t -> Arbitraries.of(t.consignee(),
                        t.consignee().toUpperCase(Locale.ROOT), " " + t.consignee() + "  ", "Consignee 7 Ltd")
                .map(c -> new Transaction(t.id(), t.date(), t.item(), t.quantity(), t.destination(), c,
                        t.consigneeHeadquarters(), t.parentHeadquarters(), t.veu(), t.endUse())))
                .list().ofMinSize(1).ofMaxSize(80);
    }

    @Property(tries = 300)
    void sharedOutcome_everyRegimeInTurn_equalsRuleByRule(@ForAll("batches") List<Transaction> batch) {
        List<Transaction> inDateOrder = new ArrayList<>(batch);
        inDateOrder.sort(Comparator.comparing(Transaction::date));
        List<InMemoryQuotaBook> shared = new ArrayList<>();
        List<InMemoryQuotaBook> alone = new ArrayList<>();
        ENGINES.forEach(e -> {
            shared.add(new InMemoryQuotaBook());
            alone.add(new InMemoryQuotaBook());
        });
        DecidedOutcome outcome = new DecidedOutcome();
        for (Transaction t : inDateOrder) {
            for (int r = 0; r < ENGINES.size(); r++) {
                DecisionEngine engine = ENGINES.get(r);
                engine.decide(t, shared.get(r), outcome);
                Determination plain = engine.decideRuleByRule(t, alone.get(r), Detail.OUTCOME);
                Determination built = outcome.toDetermination();
                assertThat(built).isEqualTo(plain);
                assertThat(outcome.outcome()).isEqualTo(plain.outcome());
                assertThat(outcome.rule()).isEqualTo(plain.rule());
                assertThat(outcome.requirement()).isEqualTo(plain.requirement());
                assertThat(outcome.item()).isEqualTo(plain.item());
                assertThat(java.util.Optional.ofNullable(outcome.policy())).isEqualTo(plain.policy());
                assertThat(outcome.debits()).isEqualTo(plain.debits());
                assertThat(java.util.Optional.ofNullable(outcome.onApproval())).isEqualTo(plain.onApproval());
                shared.get(r).apply(outcome.debits());
                alone.get(r).apply(plain.debits());
            }
        }
        for (int r = 0; r < ENGINES.size(); r++) {
            assertThat(shared.get(r).snapshot()).isEqualTo(alone.get(r).snapshot());
        }
    }
}
