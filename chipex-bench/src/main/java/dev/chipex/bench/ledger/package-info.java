/** Durable reservations a second per writer and their p99 on SQLite and PostgreSQL, beside plain single-row inserts with the same durability; a race that checks no account is overdrawn. */
package dev.chipex.bench.ledger;
