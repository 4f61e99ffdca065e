package dev.chipex.sim.world;

/** An estimate with its 90% interval: the 5th percentile, the median and the 95th. */
record Range(double low, double median, double high) {
    static final Range ZERO = new Range(0, 0, 0);

    Range {
        if (!(low <= median && median <= high)) {
            throw new IllegalArgumentException("needs low <= median <= high, got " + low + ", " + median + ", " + high);
        }
    }

    /**
     * The value a Monte Carlo run takes at {@code u} in [0, 1]: the 5th percentile at 0, the median
     * at 0.5 and the 95th at 1, linear in between, so draws stay inside the interval.
     */
    double at(double u) {
        return u < 0.5 ? low + (median - low) * 2 * u : median + (high - median) * (2 * u - 1);
    }

    Range plus(Range other) {
        return new Range(low + other.low, median + other.median, high + other.high);
    }
}
