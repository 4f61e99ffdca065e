package dev.chipex.core.decision;

import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.ReviewPolicy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Decides a batch in date order against one quota book, so later transactions see what earlier
 * ones consumed. Deterministic: ties on the date keep the input order.
 */
public final class BatchDecider {
    private final DecisionEngine engine;
    private final boolean assumeApprovals;

    /**
     * @param assumeApprovals when true, a license under a presumption of approval is taken as
     *                        granted and draws on its allocation, as the rule expects
     */
    public BatchDecider(DecisionEngine engine, boolean assumeApprovals) {
        this.engine = engine;
        this.assumeApprovals = assumeApprovals;
    }

    /** The determinations in the order the transactions were given. */
    public List<Determination> decide(List<Transaction> transactions, InMemoryQuotaBook book) {
        return decide(transactions, book, count -> { });
    }

    /** As {@link #decide(List, InMemoryQuotaBook)}, telling {@code decided} the count after each decision (for progress). */
    public List<Determination> decide(List<Transaction> transactions, InMemoryQuotaBook book, IntConsumer decided) {
        Determination[] results = new Determination[transactions.size()];
        int count = 0;
        for (int i : dateOrder(transactions)) {
            results[i] = decideNext(transactions.get(i), book);
            decided.accept(++count);
        }
        return List.of(results);
    }

    /**
     * Decides {@code t} on {@code book} and records in the book what it takes (its debits, and the
     * allocation of a license assumed approved). For a caller that hands a batch over one
     * transaction at a time, in date order, so that none is held: a file streamed row by row.
     */
    public Determination decideNext(Transaction t, InMemoryQuotaBook book) {
        Determination d = engine.decide(t, book);
        if (!d.debits().isEmpty()) {
            book.apply(d.debits());
        }
        if (assumeApprovals && d.policy().filter(p -> p == ReviewPolicy.PRESUMPTION_OF_APPROVAL).isPresent()) {
            d.onApproval().ifPresent(debit -> book.apply(List.of(debit)));
        }
        return d;
    }

    /** Indexes of the transactions in date order; ties keep the given order (the sort is stable). */
    public static List<Integer> dateOrder(List<Transaction> transactions) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < transactions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> transactions.get(i).date()));
        return order;
    }
}
