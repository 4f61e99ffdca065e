package dev.chipex.bench.report;

import java.util.Objects;

/**
 * One budget of issue #14: what it asks ({@code budget}, e.g. "under 1 s wall"), the figure
 * measured and the baseline measured beside it in the same run, and whether the figure is within
 * the budget. The baseline is there to read the figure against the machine's state, not a target.
 */
public record Budget(String name, String budget, Figure figure, Figure baseline, boolean met) {
    public Budget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(baseline, "baseline");
    }

    /** Met when the figure is below {@code limit} (in the figure's unit). */
    public static Budget under(String name, String budget, Figure figure, Figure baseline, double limit) {
        return new Budget(name, budget, figure, baseline, figure.value() < limit);
    }

    /** Met when the figure is at least {@code floor} (in the figure's unit). */
    public static Budget atLeast(String name, String budget, Figure figure, Figure baseline, double floor) {
        return new Budget(name, budget, figure, baseline, figure.value() >= floor);
    }
}
