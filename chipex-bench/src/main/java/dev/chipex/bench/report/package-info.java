/** Figures, ratios against the in-run baseline, the machine they ran on; printed and written as JSON. */
package dev.chipex.bench.report;
