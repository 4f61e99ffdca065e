package dev.chipex.core.regime;

/** Whose account a quota rule debits. */
public enum QuotaHolder {
    /** The ultimate consignee (LPP: per consignee per calendar year). */
    CONSIGNEE,
    /** The destination country. */
    DESTINATION,
    /** The consignee in the destination country (NVEU: per country authorization). */
    CONSIGNEE_AT_DESTINATION,
    /** The rule itself (a deal's own quota). */
    RULE
}
