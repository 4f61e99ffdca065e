/**
 * The quota ledger: the {@link dev.chipex.core.ledger.QuotaLedger} port (reservations, commits,
 * releases, regulator adjustments, agreements and deals, validated end users' installed compute),
 * the append-only hash-chained journal every state change is written to, the audit that
 * re-derives balances from it, and an in-memory implementation. The rules of every operation live
 * in {@link dev.chipex.core.ledger.LedgerClerk}, written once over a {@link
 * dev.chipex.core.ledger.LedgerSession}, so the in-memory and the JDBC ledgers cannot disagree.
 */
package dev.chipex.core.ledger;
