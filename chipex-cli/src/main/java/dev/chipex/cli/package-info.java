/** The {@code chipex} command line: picocli commands over the core, ledger and simulator. */
package dev.chipex.cli;
