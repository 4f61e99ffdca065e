/**
 * The decision engine: transactions in, explained determinations out. Pure: quota balances
 * are read through the {@link dev.chipex.core.quota.QuotaBook} port.
 */
package dev.chipex.core.decision;
