package dev.chipex.sim;

import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaBook;

import java.util.HashMap;
import java.util.Map;

/**
 * A run's quota book with some shared accounts read as used up: how the buyers of a class whom a
 * country allocation or a deal could not all cover are decided, once the covered ones took what was
 * left. Every other account reads as the book has it.
 */
final class FilledAccounts implements QuotaBook {
    private final QuotaBook book;
    private final Map<QuotaAccount, Long> full;

    FilledAccounts(QuotaBook book) {
        this(book, Map.of());
    }

    private FilledAccounts(QuotaBook book, Map<QuotaAccount, Long> full) {
        this.book = book;
        this.full = full;
    }

    /** This view with {@code account} also read as holding its whole {@code capacityTpp}. */
    FilledAccounts filled(QuotaAccount account, long capacityTpp) {
        Map<QuotaAccount, Long> more = new HashMap<>(full);
        more.put(account, capacityTpp);
        return new FilledAccounts(book, more);
    }

    @Override
    public long usedTpp(QuotaAccount account) {
        Long used = full.get(account);
        return used != null ? used : book.usedTpp(account);
    }
}
