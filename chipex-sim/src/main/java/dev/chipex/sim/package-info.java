/**
 * The policy simulator: runs the decision engine over demand in date order with an in-memory
 * quota book under each regime, draws the uncertain assumptions per Monte Carlo run, and
 * aggregates outcomes into the metrics of SIMULATION.md with a central value and a 90% interval.
 */
package dev.chipex.sim;
