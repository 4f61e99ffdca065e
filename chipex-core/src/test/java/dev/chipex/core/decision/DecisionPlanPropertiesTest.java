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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Determinations at Detail.OUTCOME come from cached plans; they must be exactly the ones the
 * rule-by-rule path gives. One engine per regime serves every try, so later batches are decided
 * from plans made for earlier ones, on other dates of the same epochs.
 */
class DecisionPlanPropertiesTest {
    private static final RegimeCatalog REGIMES = RegimeCatalog.builtIn();
    private static final Map<String, DecisionEngine> ENGINES = new ConcurrentHashMap<>();

    @Provide
    Arbitrary<String> regimes() {
        return DecisionArbitraries.regimes();
    }

    /** Generated transactions, their consignee sometimes in other case or one no rule names. */
    @Provide
    Arbitrary<List<Transaction>> batches() {
        return DecisionArbitraries.transactions().flatMap(t -> Arbitraries.of(t.consignee(),
                        t.consignee().toUpperCase(Locale.ROOT), "Consignee 7 Ltd")
                .map(c -> new Transaction(t.id(), t.date(), t.item(), t.quantity(), t.destination(), c,
                        t.consigneeHeadquarters(), t.parentHeadquarters(), t.veu(), t.endUse())))
                .list().ofMinSize(1).ofMaxSize(80);
    }

    @Property(tries = 400)
    void plannedOutcome_anyBatch_equalsRuleByRule(@ForAll("regimes") String id,
                                                  @ForAll("batches") List<Transaction> batch) {
        DecisionEngine engine = ENGINES.computeIfAbsent(id, r -> DecisionEngine.of(REGIMES.get(r)));
        List<Transaction> inDateOrder = new ArrayList<>(batch);
        inDateOrder.sort(Comparator.comparing(Transaction::date));
        InMemoryQuotaBook planned = new InMemoryQuotaBook();
        InMemoryQuotaBook ruleByRule = new InMemoryQuotaBook();
        for (Transaction t : inDateOrder) {
            Determination fast = engine.decide(t, planned, Detail.OUTCOME);
            Determination plain = engine.decideRuleByRule(t, ruleByRule, Detail.OUTCOME);
            assertThat(fast).isEqualTo(plain);
            planned.apply(fast.debits());
            ruleByRule.apply(plain.debits());
        }
        assertThat(planned.snapshot()).isEqualTo(ruleByRule.snapshot());
    }

    /**
     * A shipment, then copies of it that each take one field from another shipment: alike in all
     * but one input of the plan key, so a key that left an input out would hand a copy the
     * first one's plan. Independent shipments rarely meet on the same key.
     */
    @Provide
    Arbitrary<List<Transaction>> oneFieldApart() {
        return net.jqwik.api.Combinators.combine(DecisionArbitraries.transactions(), DecisionArbitraries.transactions())
                .as((a, b) -> List.of(a,
                        new Transaction("p", b.date(), a.item(), a.quantity(), a.destination(), a.consignee(),
                                a.consigneeHeadquarters(), a.parentHeadquarters(), a.veu(), a.endUse()),
                        new Transaction("p", a.date(), b.item(), a.quantity(), a.destination(), a.consignee(),
                                a.consigneeHeadquarters(), a.parentHeadquarters(), a.veu(), a.endUse()),
                        new Transaction("p", a.date(), a.item(), a.quantity(), b.destination(), a.consignee(),
                                a.consigneeHeadquarters(), a.parentHeadquarters(), a.veu(), a.endUse()),
                        new Transaction("p", a.date(), a.item(), a.quantity(), a.destination(), b.consignee(),
                                a.consigneeHeadquarters(), a.parentHeadquarters(), a.veu(), a.endUse()),
                        new Transaction("p", a.date(), a.item(), a.quantity(), a.destination(), a.consignee(),
                                b.consigneeHeadquarters(), a.parentHeadquarters(), a.veu(), a.endUse()),
                        new Transaction("p", a.date(), a.item(), a.quantity(), a.destination(), a.consignee(),
                                a.consigneeHeadquarters(), b.parentHeadquarters(), a.veu(), a.endUse()),
                        new Transaction("p", a.date(), a.item(), a.quantity(), a.destination(), a.consignee(),
                                a.consigneeHeadquarters(), a.parentHeadquarters(), b.veu(), a.endUse()),
                        new Transaction("p", a.date(), a.item(), a.quantity(), a.destination(), a.consignee(),
                                a.consigneeHeadquarters(), a.parentHeadquarters(), a.veu(), b.endUse())));
    }

    /** Under every regime, since an input matters only where some rule tests it. */
    @Property(tries = 400)
    void plannedOutcome_oneFieldApart_equalsRuleByRule(@ForAll("oneFieldApart") List<Transaction> batch) {
        for (String id : REGIMES.builtInIds()) {
            plannedOutcome_anyBatch_equalsRuleByRule(id, batch);
        }
    }

    /** Deals name their consignee: shipments to the deal countries by the named buyers and others. */
    @Provide
    Arbitrary<List<Transaction>> dealBatches() {
        Arbitrary<Transaction> shipments = net.jqwik.api.Combinators.combine(DecisionArbitraries.dates(),
                        Arbitraries.of("NVIDIA H100 SXM", "NVIDIA H20"), Arbitraries.longs().between(1, 5000),
                        Arbitraries.of("AE", "SA", "IN"), Arbitraries.of("G42", "g42", "Humain", "HUMAIN", "Other Co"))
                .as((date, chip, quantity, country, consignee) -> new Transaction("d", date, Transactions.chip(chip),
                        quantity, country, consignee, country, java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.empty()));
        return shipments.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 200)
    void plannedOutcome_dealConsignees_equalsRuleByRule(@ForAll("dealBatches") List<Transaction> batch) {
        plannedOutcome_anyBatch_equalsRuleByRule("us-enforced", batch);
    }

    @Property(tries = 200)
    void plannedOutcome_sameOutcomeAsFullDetermination(@ForAll("regimes") String id,
                                                       @ForAll("transactions") Transaction t) {
        DecisionEngine engine = ENGINES.computeIfAbsent(id, r -> DecisionEngine.of(REGIMES.get(r)));
        Determination fast = engine.decide(t, new InMemoryQuotaBook(), Detail.OUTCOME);
        Determination full = engine.decide(t, new InMemoryQuotaBook(), Detail.FULL);
        assertThat(fast.outcome()).isEqualTo(full.outcome());
        assertThat(fast.rule()).isEqualTo(full.rule());
        assertThat(fast.policy()).isEqualTo(full.policy());
        assertThat(fast.debits()).isEqualTo(full.debits());
        assertThat(fast.onApproval()).isEqualTo(full.onApproval());
        assertThat(fast.shortfall()).isEqualTo(full.shortfall());
        assertThat(fast.tiers()).isEqualTo(full.tiers());
    }

    @Provide
    Arbitrary<Transaction> transactions() {
        return DecisionArbitraries.transactions();
    }
}
