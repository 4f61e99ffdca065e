package dev.chipex.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints a report as a table, writes it as {@code bench-<name>.json}, and writes the budgets of
 * one invocation as {@code bench-budgets.md}: the rows of BENCHMARKS.md's budgets table.
 */
public final class ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    public static void print(BenchReport report, PrintStream out) {
        Machine m = report.before();
        out.printf(Locale.ROOT, "%n== %s%s at %s (%s): %s, %d cores, %s, load %.2f before / %.2f after%n",
                report.benchmark(), report.quick() ? " (quick: figures are not meaningful)" : "", report.commit(),
                report.finishedAt(), m.cpu(), m.cores(), m.java(), m.loadAverage(), report.loadAfter());
        for (Budget b : report.budgets()) {
            out.printf(Locale.ROOT, "  budget %s (%s): %s  [%s]%n         beside %s%n", b.name(), b.budget(),
                    show(b.figure()), b.met() ? "met" : "NOT met", show(b.baseline()));
        }
        for (Figure f : report.figures()) {
            out.println("  " + show(f));
        }
        report.notes().forEach(n -> out.println("  note: " + n));
    }

    public static Path write(BenchReport report, Path folder) {
        Path file = folder.resolve("bench-" + report.benchmark() + ".json");
        try {
            Files.createDirectories(folder);
            JSON.writeValue(file.toFile(), report);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The budgets table's rows for these reports, in BENCHMARKS.md's columns. */
    public static Path writeBudgets(List<BenchReport> reports, Path folder) {
        StringBuilder md = new StringBuilder("| budget | baseline (same run) | latest | met? | date (UTC) | commit | load before / after |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (BenchReport r : reports) {
            for (Budget b : r.budgets()) {
                md.append(String.format(Locale.ROOT, "| %s: %s | %s | %s | %s | %s | %s | %.1f / %.1f |%n", b.name(),
                        b.budget(), show(b.baseline()), show(b.figure()), b.met() ? "yes" : "**no**",
                        r.finishedAt().substring(0, 16).replace('T', ' '), r.commit(), r.before().loadAverage(),
                        r.loadAfter()));
            }
        }
        Path file = folder.resolve("bench-budgets.md");
        try {
            Files.createDirectories(folder);
            Files.writeString(file, md, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String show(Figure f) {
        String value = Double.isNaN(f.value()) ? "-" : String.format(Locale.ROOT, f.value() >= 100 ? "%,.0f" : "%,.2f", f.value());
        return f.name() + " " + value + " " + f.unit() + (f.note().isEmpty() ? "" : " (" + f.note() + ")");
    }
}
