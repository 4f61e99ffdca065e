package dev.chipex.core.ledger;

/** What a journal entry records; the past tense of the command that wrote it. */
public enum EntryType {
    /** An account opened with a capacity (amount = capacity). */
    ACCOUNT_OPENED,
    /** Quota held for a pending shipment (amount = reserved TPP). */
    QUOTA_RESERVED,
    /** A reservation turned into use. */
    RESERVATION_COMMITTED,
    /** A reservation given back. */
    RESERVATION_RELEASED,
    /** A reservation whose time ran out, given back by the ledger. */
    RESERVATION_EXPIRED,
    /** Use recorded directly from a determination's debit. */
    QUOTA_DEBITED,
    /** A regulator changed an account's capacity (amount = signed delta). */
    CAPACITY_ADJUSTED,
    /** A regulator corrected an account's use (amount = signed delta). */
    USE_ADJUSTED,
    /** A government-to-government agreement or a bilateral deal. */
    AGREEMENT_RECORDED,
    /** A validated end user installed compute in a country (amount = TPP). */
    COMPUTE_INSTALLED
}
