package dev.chipex.server.api;

import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaBook;
import dev.chipex.core.quota.QuotaDebit;

import java.util.Collection;

/**
 * The ledger's recorded use plus the debits of earlier shipments in the same uncommitted batch,
 * so a batch check sees both what is recorded and what it would itself use up.
 */
final class PendingBook implements QuotaBook {
    private final QuotaBook recorded;
    private final InMemoryQuotaBook pending = new InMemoryQuotaBook();

    PendingBook(QuotaBook recorded) {
        this.recorded = recorded;
    }

    @Override
    public long usedTpp(QuotaAccount account) {
        return recorded.usedTpp(account) + pending.usedTpp(account);
    }

    void apply(Collection<QuotaDebit> debits) {
        pending.apply(debits);
    }
}
