/**
 * The {@code /api/v1} handlers: requests read field by field with located problems, and the
 * JSON shapes of classifications, ledger balances and journal entries (determinations use core's
 * {@link dev.chipex.core.explanation.DeterminationFields}, the one shape the CLI prints too).
 */
package dev.chipex.server.api;
