/**
 * Budgets of whole commands, timed as a user runs them (a JVM started for each, through the
 * ./chipex launcher): one check, check --input of a million rows, compare --runs 1000; each beside
 * a baseline run in the same minutes (java -version, the rows read and written without deciding,
 * compare --runs 1).
 */
package dev.chipex.bench.command;
