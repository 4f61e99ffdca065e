package dev.chipex.cli;

import dev.chipex.cli.output.OutputFormat;
import dev.chipex.core.decision.BatchDecider;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.ledger.Decided;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.QuotaLedger;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code check --input FILE --ledger URL --commit}: each row decided against the live balances and
 * its debits recorded in the same ledger transaction, in date order, keyed KEY/ROW-ID so that a
 * rerun of the same file records nothing twice. Licenses record nothing: none is granted yet.
 */
final class BatchCommit {
    private final DecisionEngine engine;
    private final LedgerLink link;
    private final QuotaLedger ledger;
    private final Progress steps;

    BatchCommit(DecisionEngine engine, LedgerLink link, QuotaLedger ledger, Progress steps) {
        this.engine = engine;
        this.link = link;
        this.ledger = ledger;
        this.steps = steps;
    }

    int run(List<Transaction> transactions, int columns, OutputFormat format, PrintWriter out) {
        Determination[] decided = new Determination[transactions.size()];
        int recorded = 0;
        int replayed = 0;
        int refused = 0;
        for (int i : BatchDecider.dateOrder(transactions)) {
            Transaction t = transactions.get(i);
            Decided<Determination> result = link.decideAndCommit(ledger, engine, t, t.id());
            decided[i] = result.decision();
            if (result.recording().isPresent()) {
                LedgerResult r = result.recording().get();
                if (r instanceof LedgerResult.Refused refusal) {
                    refused++;
                    steps.warn("row " + t.id() + ": the ledger refused its debits: " + refusal.message());
                } else if (((LedgerResult.Recorded) r).replayed()) {
                    replayed++;
                } else {
                    recorded++;
                }
            }
            steps.step("decided and recorded", recorded + replayed + refused);
        }
        new BatchOutput(engine, false, columns).print(out, format, transactions, List.of(decided));
        steps.warn("ledger: " + recorded + " shipments' debits recorded, " + replayed + " replayed (already recorded), "
                + refused + " refused");
        return refused > 0 ? ExitCodes.CONFLICT : ExitCodes.OK;
    }
}
