package dev.chipex.sim.scenario;

/** A value with a range Monte Carlo draws from uniformly; a single run uses the value. */
public record Uncertain(double value, double low, double high) {
    public Uncertain {
        if (!(low <= value && value <= high)) {
            throw new IllegalArgumentException("needs low <= value <= high, got " + low + ", " + value + ", " + high);
        }
    }

    public static Uncertain exactly(double value) {
        return new Uncertain(value, value, value);
    }

    /** The value at quantile {@code u} of the range. */
    public double at(double u) {
        return low + u * (high - low);
    }
}
