package dev.chipex.core.decision;

import dev.chipex.core.explanation.DeterminationFields;
import dev.chipex.core.explanation.Explainer;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.RegimeCatalog;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An engine keeps the regime of each span of dates it has met (RegimeOnDate): an engine that has
 * decided many batches before must decide and explain a shipment word for word as an engine that
 * has never decided anything. The reference is a new engine for every shipment, so nothing it
 * says can come from another shipment or date.
 */
class EngineHistoryPropertiesTest {
    private static final RegimeCatalog REGIMES = RegimeCatalog.builtIn();
    private static final Map<String, DecisionEngine> ENGINES = new ConcurrentHashMap<>();

    @Provide
    Arbitrary<String> regimes() {
        return DecisionArbitraries.regimes();
    }

    @Provide
    Arbitrary<List<Transaction>> batches() {
        return DecisionArbitraries.transactions().list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 150)
    void decide_engineThatDecidedOthers_equalsNewEngine(@ForAll("regimes") String id,
                                                                   @ForAll("batches") List<Transaction> batch) {
        DecisionEngine used = ENGINES.computeIfAbsent(id, r -> DecisionEngine.of(REGIMES.get(r)));
        List<Transaction> inDateOrder = new ArrayList<>(batch);
        inDateOrder.sort(Comparator.comparing(Transaction::date));
        InMemoryQuotaBook usedBook = new InMemoryQuotaBook();
        InMemoryQuotaBook newBook = new InMemoryQuotaBook();
        for (Transaction t : inDateOrder) {
            Determination shared = used.decide(t, usedBook);
            DecisionEngine fresh = DecisionEngine.of(REGIMES.get(id));
            Determination made = fresh.decide(t, newBook);
            assertThat(shared).isEqualTo(made);
            assertThat(DeterminationFields.of(shared, Explainer.of(used)))
                    .isEqualTo(DeterminationFields.of(made, Explainer.of(fresh)));
            usedBook.apply(shared.debits());
            newBook.apply(made.debits());
        }
    }
}
