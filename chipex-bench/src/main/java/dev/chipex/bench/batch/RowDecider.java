package dev.chipex.bench.batch;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.quota.InMemoryQuotaBook;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Decides transactions as they come, in date order, against one quota book, at
 * {@link Detail#OUTCOME} as chipex-sim's regime runs do: later shipments see the quota earlier
 * ones used. Counts license-free outcomes so nothing is optimised away.
 */
final class RowDecider implements Consumer<Transaction> {
    private final DecisionEngine engine;
    private final InMemoryQuotaBook book = new InMemoryQuotaBook();
    private LocalDate last = LocalDate.MIN;
    private long licenseFree;

    RowDecider(DecisionEngine engine) {
        this.engine = engine;
    }

    @Override
    public void accept(Transaction t) {
        if (t.date().isBefore(last)) {
            throw new IllegalArgumentException(t.id() + " is dated " + t.date() + ", before the shipment above it: "
                    + "a streamed batch must be in date order");
        }
        last = t.date();
        Determination d = engine.decide(t, book);
        if (!d.debits().isEmpty()) {
            book.apply(d.debits());
        }
        if (d.licenseFree()) {
            licenseFree++;
        }
    }

    long licenseFree() {
        return licenseFree;
    }
}
