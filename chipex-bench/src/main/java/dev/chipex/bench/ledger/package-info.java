/** Durable reservations per second on SQLite and PostgreSQL beside plain single-row inserts with the same durability. */
package dev.chipex.bench.ledger;
