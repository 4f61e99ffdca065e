package dev.chipex.core.quota;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A quota book in memory, for batch checks and simulation. Not thread-safe: one per run.
 * Applying debits re-checks each against the current use, so a stale debit cannot overdraw.
 * It may sit on a base book (e.g. the durable ledger): use is then the base's plus its own.
 */
public final class InMemoryQuotaBook implements QuotaBook {
    private static final QuotaBook EMPTY = account -> 0L;

    private final Map<QuotaAccount, Long> used = new HashMap<>();
    private final QuotaBook base;

    public InMemoryQuotaBook() {
        this(EMPTY);
    }

    /** A book that starts from what {@code base} has recorded and adds to it in memory only. */
    public InMemoryQuotaBook(QuotaBook base) {
        this.base = base;
    }

    @Override
    public long usedTpp(QuotaAccount account) {
        return base.usedTpp(account) + used.getOrDefault(account, 0L);
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

    /** What this book added on top of its base. */
    public Map<QuotaAccount, Long> snapshot() {
        return Map.copyOf(used);
    }
}
