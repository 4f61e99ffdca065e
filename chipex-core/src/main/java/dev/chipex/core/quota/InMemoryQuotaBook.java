package dev.chipex.core.quota;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A quota book in memory, for batch checks and simulation. Not thread-safe: one per run.
 * Applying debits re-checks each against the current use, so a stale debit cannot overdraw.
 */
public final class InMemoryQuotaBook implements QuotaBook {
    private final Map<QuotaAccount, Long> used = new HashMap<>();

    @Override
    public long usedTpp(QuotaAccount account) {
        return used.getOrDefault(account, 0L);
    }

    /** Records the debits, all or none. */
    public void apply(Collection<QuotaDebit> debits) {
        for (QuotaDebit debit : debits) {
            long now = usedTpp(debit.account());
            if (now + debit.amountTpp() > debit.capacityTpp()) {
                throw new IllegalStateException("debit of " + debit.amountTpp() + " TPP would overdraw "
                        + debit.account() + " (used " + now + " of " + debit.capacityTpp() + ")");
            }
        }
        for (QuotaDebit debit : debits) {
            used.merge(debit.account(), debit.amountTpp(), Long::sum);
        }
    }

    public Map<QuotaAccount, Long> snapshot() {
        return Map.copyOf(used);
    }
}
