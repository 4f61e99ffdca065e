package dev.chipex.ledger;

import dev.chipex.core.ledger.InMemoryQuotaLedger;
import dev.chipex.core.ledger.QuotaLedger;

/** The contract suite against the core's in-memory ledger. */
class InMemoryLedgerTest extends LedgerContract {
    @Override
    QuotaLedger openLedger(MutableClock clock) {
        return new InMemoryQuotaLedger(clock);
    }

    @Override
    QuotaLedger reopen(QuotaLedger current, MutableClock clock) {
        return current;
    }
}
