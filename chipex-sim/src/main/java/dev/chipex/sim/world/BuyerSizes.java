package dev.chipex.sim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the demand that no site records splits into buyers of different sizes: a Pareto law (buyers
 * of size x are ∝ x^(-alpha-1)), whose exponent is fitted to the cluster file's sizes above its
 * detection threshold, continued below it down to the smallest buyer. Sizes are H100e a year and
 * grow each year after 2025, a buyer's budget buying more. The mass below the threshold falls into
 * classes bounded by the regimes' license-free quantities, so every class lies on one side of each.
 */
final class BuyerSizes {
    /** Buyers of {@code low} to {@code high} H100e a year: their mean size and share of the mass. */
    record SizeClass(double low, double high, double meanSize, double massShare) {
        String label() {
            return String.format(Locale.ROOT, "%,.0f-%,.0f H100e a year", low, high);
        }
    }

    private final double alpha;
    private final double smallest;
    private final double threshold;
    private final List<Double> bounds;
    private final List<Double> coarse;
    private final double growthPerYear;

    /** {@code coarse}: the bounds for a country-year too small to split at every bound of {@code bounds}. */
    BuyerSizes(double alpha, double smallest, double threshold, List<Double> bounds, List<Double> coarse,
               double growthPerYear) {
        this.alpha = alpha;
        this.smallest = smallest;
        this.threshold = threshold;
        this.bounds = List.copyOf(bounds);
        this.coarse = List.copyOf(coarse);
        this.growthPerYear = growthPerYear;
    }

    /** The maximum-likelihood Pareto exponent of the sizes at or above {@code threshold}. */
    static double fitAlpha(List<Double> sizes, double threshold) {
        double logs = 0;
        int n = 0;
        for (double size : sizes) {
            if (size >= threshold) {
                logs += Math.log(size / threshold);
                n++;
            }
        }
        if (n < 2 || logs == 0) {
            throw new IllegalStateException("too few cluster sizes above " + threshold + " H100e to fit a Pareto law");
        }
        return n / logs;
    }

    double alpha() {
        return alpha;
    }

    /** The classes of the year, at every bound or only the coarse ones, smallest first; their shares sum to 1. */
    List<SizeClass> classes(int year, boolean fine) {
        List<Double> bounds = fine ? this.bounds : coarse;
        double grown = Math.pow(growthPerYear, Math.max(0, year - Quarter.FIRST.year()));
        double low = smallest * grown;
        double high = threshold * grown;
        List<Double> edges = new ArrayList<>(List.of(low));
        bounds.stream().filter(b -> b > low && b < high).forEach(edges::add);
        edges.add(high);
        double total = mass(low, high);
        List<SizeClass> classes = new ArrayList<>();
        for (int i = 0; i + 1 < edges.size(); i++) {
            double a = edges.get(i);
            double b = edges.get(i + 1);
            classes.add(new SizeClass(a, b, mass(a, b) / count(a, b), mass(a, b) / total));
        }
        return classes;
    }

    /** ∫ x · x^(-alpha-1) dx from a to b. */
    private double mass(double a, double b) {
        return Math.abs(alpha - 1) < 1e-9 ? Math.log(b / a)
                : (Math.pow(b, 1 - alpha) - Math.pow(a, 1 - alpha)) / (1 - alpha);
    }

    /** ∫ x^(-alpha-1) dx from a to b. */
    private double count(double a, double b) {
        return (Math.pow(a, -alpha) - Math.pow(b, -alpha)) / alpha;
    }
}
