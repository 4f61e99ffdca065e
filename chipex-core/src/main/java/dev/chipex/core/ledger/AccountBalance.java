package dev.chipex.core.ledger;

import dev.chipex.core.quota.QuotaAccount;

import java.util.Objects;

/**
 * An account's balances in TPP: its capacity, what is committed (shipped) and what is reserved
 * for pending shipments. Available = capacity - committed - reserved, never negative.
 */
public record AccountBalance(QuotaAccount account, long capacityTpp, long committedTpp, long reservedTpp) {
    public AccountBalance {
        Objects.requireNonNull(account, "account");
        if (capacityTpp < 0 || committedTpp < 0 || reservedTpp < 0) {
            throw new IllegalArgumentException("balances of " + account + " cannot be negative");
        }
        if (committedTpp + reservedTpp > capacityTpp) {
            throw new IllegalArgumentException(account + " would be overdrawn: " + (committedTpp + reservedTpp)
                    + " TPP used of " + capacityTpp);
        }
    }

    public static AccountBalance opened(QuotaAccount account, long capacityTpp) {
        return new AccountBalance(account, capacityTpp, 0, 0);
    }

    public long usedTpp() {
        return committedTpp + reservedTpp;
    }

    public long availableTpp() {
        return capacityTpp - usedTpp();
    }

    AccountBalance withCapacity(long capacity) {
        return new AccountBalance(account, capacity, committedTpp, reservedTpp);
    }

    AccountBalance withUse(long committed, long reserved) {
        return new AccountBalance(account, capacityTpp, committed, reserved);
    }
}
