/**
 * Demand: would-be shipments (date, destination, buyer and headquarters, chips) read from the
 * bundled Epoch AI GPU cluster data, from a documented CSV, or generated synthetically, with the
 * data set's vintage, license and attribution.
 */
package dev.chipex.sim.demand;
