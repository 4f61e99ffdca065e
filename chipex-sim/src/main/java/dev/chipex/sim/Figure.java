package dev.chipex.sim;

import java.util.Arrays;

/** A metric over Monte Carlo runs: the median and the 5th and 95th percentiles. */
public record Figure(double value, double p05, double p95) {
    public static Figure of(double[] runs) {
        double[] sorted = runs.clone();
        Arrays.sort(sorted);
        return new Figure(quantile(sorted, 0.5), quantile(sorted, 0.05), quantile(sorted, 0.95));
    }

    /** Linear interpolation between order statistics (type 7, as R and NumPy default). */
    private static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
