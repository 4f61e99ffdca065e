package dev.chipex.core.decision;

import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.ReviewPolicy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
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
        List<Determination> results = new ArrayList<>(transactions.size());
        decide(transactions, book, decided, results::add);
        return List.copyOf(results);
    }

    /**
     * Decides the batch and hands each determination to {@code each} in the order the
     * transactions were given, telling {@code decided} the count after each decision. When the
     * transactions are already in date order (an export log usually is), each determination is
     * handed over as soon as it is made and none is held, so the batch's explanations never pile
     * up in memory; otherwise all are decided first and then handed over.
     */
    public void decide(List<Transaction> transactions, InMemoryQuotaBook book, IntConsumer decided,
                       Consumer<Determination> each) {
        if (inDateOrder(transactions)) {
            int count = 0;
            for (Transaction t : transactions) {
                Determination d = decideOne(t, book);
                decided.accept(++count);
                each.accept(d);
            }
            return;
        }
        Determination[] results = new Determination[transactions.size()];
        int count = 0;
        for (int i : dateOrder(transactions)) {
            results[i] = decideOne(transactions.get(i), book);
            decided.accept(++count);
        }
        for (Determination d : results) {
            each.accept(d);
        }
    }

    private Determination decideOne(Transaction t, InMemoryQuotaBook book) {
        Determination d = engine.decide(t, book);
        if (!d.debits().isEmpty()) {
            book.apply(d.debits());
        }
        if (assumeApprovals && d.policy().filter(p -> p == ReviewPolicy.PRESUMPTION_OF_APPROVAL).isPresent()) {
            d.onApproval().ifPresent(debit -> book.apply(List.of(debit)));
        }
        return d;
    }

    /** True when no transaction is dated before the one listed ahead of it: date order is then the given order. */
    private static boolean inDateOrder(List<Transaction> transactions) {
        for (int i = 1; i < transactions.size(); i++) {
            if (transactions.get(i).date().isBefore(transactions.get(i - 1).date())) {
                return false;
            }
        }
        return true;
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
