package dev.chipex.sim;

import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaBook;
import dev.chipex.core.quota.QuotaDebit;

import java.util.List;

/**
 * The quota books of every regime of one run, kept side by side: one table of accounts, and for
 * each account one use per regime next to each other. Regimes mostly keep the same accounts (a
 * consignee's license-free quantity for a year), and the run decides a record under every regime
 * in turn, so the first regime's lookup brings the others' balances into the cache with it; with
 * a book per regime, each regime looked up its own account in a map of tens of thousands.
 * Each regime's book ({@link #book}) answers and records as an {@code InMemoryQuotaBook} would.
 * Not thread-safe: one per run.
 */
final class RunQuotaBooks {
    private final int regimes;
    /** Open addressing: an account's slot, or null; grown when half full. */
    private QuotaAccount[] accounts = new QuotaAccount[1024];
    /** TPP used, {@code regimes} per slot: the uses of the account in slot s start at {@code s * regimes}. */
    private long[] used;
    private int size;

    RunQuotaBooks(int regimes) {
        this.regimes = regimes;
        this.used = new long[accounts.length * regimes];
    }

    /** The book of the regime numbered {@code regime} (0 to regimes - 1). */
    Book book(int regime) {
        return new Book(regime);
    }

    /** One regime's book: what it has used of each account, and debits re-checked as they are applied. */
    final class Book implements QuotaBook {
        private final int regime;

        private Book(int regime) {
            this.regime = regime;
        }

        @Override
        public long usedTpp(QuotaAccount account) {
            int slot = find(account);
            return accounts[slot] == null ? 0 : used[slot * regimes + regime];
        }

        /**
         * Records the debits, all or none: a debit that would now overdraw its account is refused.
         * Indexed loops: an iterator per determination was a tenth of what a run allocated.
         */
        void apply(List<QuotaDebit> debits) {
            for (int i = 0; i < debits.size(); i++) {
                QuotaDebit debit = debits.get(i);
                long now = usedTpp(debit.account());
                if (now + debit.amountTpp() > debit.capacityTpp()) {
                    throw new IllegalStateException("debit of " + debit.amountTpp() + " TPP would overdraw "
                            + debit.account() + " (used " + now + " of " + debit.capacityTpp() + ")");
                }
            }
            for (int i = 0; i < debits.size(); i++) {
                QuotaDebit debit = debits.get(i);
                // The slot first: making it may grow the table, and with it replace the uses.
                int slot = slotFor(debit.account());
                used[slot * regimes + regime] += debit.amountTpp();
            }
        }
    }

    /** The account's slot, or the empty slot where it would go. */
    private int find(QuotaAccount account) {
        int mask = accounts.length - 1;
        int i = spread(account.hashCode()) & mask;
        while (accounts[i] != null && !accounts[i].equals(account)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The account's slot, made when new. */
    private int slotFor(QuotaAccount account) {
        int slot = find(account);
        if (accounts[slot] != null) {
            return slot;
        }
        if (2 * (size + 1) > accounts.length) {
            grow();
            slot = find(account);
        }
        accounts[slot] = account;
        size++;
        return slot;
    }

    private void grow() {
        QuotaAccount[] oldAccounts = accounts;
        long[] oldUsed = used;
        accounts = new QuotaAccount[oldAccounts.length * 2];
        used = new long[accounts.length * regimes];
        for (int s = 0; s < oldAccounts.length; s++) {
            if (oldAccounts[s] != null) {
                int slot = find(oldAccounts[s]);
                accounts[slot] = oldAccounts[s];
                System.arraycopy(oldUsed, s * regimes, used, slot * regimes, regimes);
            }
        }
    }

    private static int spread(int hash) {
        return (hash * 0x9E3779B9) >>> 8;
    }
}
