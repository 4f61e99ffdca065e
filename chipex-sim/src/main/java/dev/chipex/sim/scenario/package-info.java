/**
 * Scenario assumptions (prices, diversion risk, license review, substitution, domestic capacity,
 * deals), each with its source or a "guess" mark, and the values one Monte Carlo run draws.
 */
package dev.chipex.sim.scenario;
