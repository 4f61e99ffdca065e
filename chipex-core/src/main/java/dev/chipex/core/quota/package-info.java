/**
 * Quotas in TPP: accounts, debits, the {@link dev.chipex.core.quota.QuotaBook} port the engine
 * reads through, and its in-memory implementation.
 */
package dev.chipex.core.quota;
