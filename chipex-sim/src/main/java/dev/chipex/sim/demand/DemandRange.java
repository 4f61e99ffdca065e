package dev.chipex.sim.demand;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How a demand set's size varies from one Monte Carlo run to the next: a factor per record by
 * which its buyers are multiplied in a run. A set read from a file has no range; the world
 * demand draws its totals from the sources' 90% intervals and its growth from the assumptions.
 */
@FunctionalInterface
public interface DemandRange {
    /** A set whose size is what it is: every factor 1. */
    DemandRange FIXED = (records, random) -> null;

    /** The factor of each record (in the set's order) for a run drawing from {@code random}; null when all are 1. */
    double[] factors(List<DemandRecord> records, SplittableRandom random);
}
