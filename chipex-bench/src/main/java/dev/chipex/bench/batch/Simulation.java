package dev.chipex.bench.batch;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Detail;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Outcome;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.quota.InMemoryQuotaBook;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides transactions already in date order against one quota book, as the simulator and
 * {@code BatchDecider} do, at {@link Detail#OUTCOME}: later shipments see the quota earlier
 * ones used. Counts the outcomes so nothing is optimised away.
 */
final class Simulation {
    private Simulation() {
    }

    static Map<Outcome, Integer> run(DecisionEngine engine, List<Transaction> transactions) {
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (Transaction t : transactions) {
            Determination d = engine.decide(t, book, Detail.OUTCOME);
            if (!d.debits().isEmpty()) {
                book.apply(d.debits());
            }
            outcomes.merge(d.outcome(), 1, Integer::sum);
        }
        return outcomes;
    }
}
