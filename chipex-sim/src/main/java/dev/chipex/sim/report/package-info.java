/**
 * Renderings of a comparison: the §6 JSON contract, CSV, a side-by-side table for an
 * 100-column terminal, and a self-contained offline HTML report with charts.
 */
package dev.chipex.sim.report;
