package dev.chipex.sim;

import java.util.SplittableRandom;

/**
 * Seeds and uniform draws as pure functions of (seed, run, record), so results never depend on
 * the thread that ran them. One uniform per record and run is shared by every regime (common
 * random numbers): a stricter review policy can only turn an approval into a denial.
 */
final class Seeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    static long run(long seed, int run) {
        return new SplittableRandom(seed + GOLDEN * (run + 1L)).nextLong();
    }

    /** The uniform draw in [0, 1) that decides a license review of the record in the run. */
    static double uniform(long runSeed, int record) {
        return new SplittableRandom(runSeed ^ (GOLDEN * (record + 1L))).nextDouble();
    }
}
