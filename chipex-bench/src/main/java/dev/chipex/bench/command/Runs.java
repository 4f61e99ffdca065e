package dev.chipex.bench.command;

import dev.chipex.bench.report.Figure;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Repeated runs of one command: the median wall time is the figure, the worst and the median CPU time its note. */
record Runs(String name, List<Run> runs) {
    Runs {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs of " + name);
        }
    }

    double medianWall() {
        return median(Run::wallSeconds);
    }

    Figure figure() {
        double worst = runs.stream().mapToDouble(Run::wallSeconds).max().orElseThrow();
        return new Figure(name, medianWall(), "s", String.format(Locale.ROOT, "median of %d; worst %.2f s; CPU %.2f s",
                runs.size(), worst, median(Run::cpuSeconds)));
    }

    private double median(ToDoubleFunction<Run> of) {
        double[] values = runs.stream().mapToDouble(of).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
