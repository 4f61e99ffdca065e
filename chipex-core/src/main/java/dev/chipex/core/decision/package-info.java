/**
 * The decision engine: transactions in, determinations (facts, figures, a trace) out, and the
 * words that explain them. Pure: quota balances are read through the
 * {@link dev.chipex.core.quota.QuotaBook} port.
 */
package dev.chipex.core.decision;
