package dev.chipex.bench.report;

import java.util.List;
import java.util.Objects;

/**
 * One benchmark's budgets and further figures, with the machine, the commit measured and the
 * load average before and after; {@code finishedAt} in ISO-8601 UTC.
 */
public record BenchReport(String benchmark, String finishedAt, String commit, boolean quick, Machine before,
                          double loadAfter, List<Budget> budgets, List<Figure> figures, List<String> notes) {
    public BenchReport {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(before, "before");
        budgets = List.copyOf(budgets);
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    /** Ends a benchmark begun at {@code before}: stamps the time, the commit and the load now. */
    public static BenchReport of(String benchmark, boolean quick, Machine before, List<Budget> budgets,
                                 List<Figure> figures, List<String> notes) {
        return new BenchReport(benchmark, java.time.Instant.now().toString(), Machine.commit(), quick, before,
                Machine.loadAverageNow(), budgets, figures, notes);
    }
}
