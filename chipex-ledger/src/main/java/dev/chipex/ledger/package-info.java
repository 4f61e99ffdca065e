/**
 * The durable quota ledger over JDBC: a SQLite file by default (WAL, full sync, one writer at a
 * time), PostgreSQL for servers (a row lock on the journal's head serialises writers; bounded
 * retry of serialization failures and deadlocks), one set of Flyway migrations for both (and, for
 * SQLite alone, one that changes how it stores the same tables). Open one
 * with {@link dev.chipex.ledger.Ledgers#open(String)}. The rules of each operation are the core's
 * {@link dev.chipex.core.ledger.LedgerClerk}; this package only stores.
 */
package dev.chipex.ledger;
