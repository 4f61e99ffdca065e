package dev.chipex.bench.report;

import java.util.List;
import java.util.Objects;

/** One benchmark's figures and ratios, with the machine and the load before and after; {@code finishedAt} in ISO-8601 UTC. */
public record BenchReport(String benchmark, String finishedAt, boolean quick, Machine before, double loadAfter,
                          List<Figure> figures, List<Ratio> ratios, List<String> notes) {
    public BenchReport {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(before, "before");
        figures = List.copyOf(figures);
        ratios = List.copyOf(ratios);
        notes = List.copyOf(notes);
    }
}
