package dev.chipex.core.quota;

/**
 * The port through which the decision engine reads quota consumption. The core ships an
 * in-memory book; chipex-ledger provides a durable one.
 */
public interface QuotaBook {
    /** TPP already used (committed or reserved) from the account; 0 for an account never used. */
    long usedTpp(QuotaAccount account);
}
