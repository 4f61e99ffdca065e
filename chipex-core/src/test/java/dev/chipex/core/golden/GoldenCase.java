package dev.chipex.core.golden;

import dev.chipex.core.decision.Transaction;
import dev.chipex.core.regime.Agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * One golden case: earlier transactions that fill the quota book, agreements added to the
 * regime, the transaction to decide and what the regulation says the determination must be.
 */
record GoldenCase(String name, String cite, List<Transaction> prior, List<Agreement> agreements,
                  Transaction transaction, GoldenExpectation expect) {
    GoldenCase {
        prior = List.copyOf(prior);
        agreements = List.copyOf(agreements);
    }

    static GoldenCase from(GoldenValues v) {
        v.allowOnly(GoldenTransactions.KEYS_WITH("name", "cite", "prior", "agreements", "expect"));
        String name = v.text("name");
        String cite = v.text("cite");
        if (cite.isBlank()) {
            throw new IllegalArgumentException(v.where() + ": case '" + name + "' must cite its source");
        }
        List<Transaction> prior = new ArrayList<>();
        for (GoldenValues p : v.children("prior")) {
            p.allowOnly(GoldenTransactions.KEYS_WITH());
            prior.add(GoldenTransactions.from(name + "-prior-" + prior.size(), p));
        }
        List<Agreement> agreements = new ArrayList<>();
        for (GoldenValues a : v.children("agreements")) {
            agreements.add(GoldenTransactions.agreement(a));
        }
        return new GoldenCase(name, cite, prior, agreements, GoldenTransactions.from(name, v),
                GoldenExpectation.from(v.child("expect")));
    }
}
