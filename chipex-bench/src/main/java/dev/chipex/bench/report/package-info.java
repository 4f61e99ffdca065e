/** Budgets, each figure beside the baseline measured in the same run; the machine and load; printed, written as JSON and as the rows of BENCHMARKS.md's budgets table. */
package dev.chipex.bench.report;
