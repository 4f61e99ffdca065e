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

    /**
     * {@code new SplittableRandom(runSeed ^ (GOLDEN * (record + 1))).nextDouble()}, worked out
     * without the generator: a run draws one per record, and making a generator for each was a
     * tenth of what a run allocated. The steps are SplittableRandom's (its first seed advanced by
     * its golden gamma, then mixed); {@code SeedsPropertiesTest} holds the two equal.
     */
    static double uniform(long runSeed, int record) {
        return (mix64((runSeed ^ (GOLDEN * (record + 1L))) + GOLDEN) >>> 11) * 0x1.0p-53;
    }

    /** SplittableRandom's output mix (Stafford's variant 13 of the MurmurHash3 finalizer). */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
