package dev.chipex.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Prints a report as a table and writes it as {@code bench-<name>.json}. */
public final class ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    public static void print(BenchReport report, PrintStream out) {
        Machine m = report.before();
        out.printf(Locale.ROOT, "%n== %s%s: %s, %d cores, Java %s, load %.2f before / %.2f after%n", report.benchmark(),
                report.quick() ? " (quick: figures are not meaningful)" : "", m.cpu(), m.cores(), m.java(),
                m.loadAverage(), report.loadAfter());
        int width = report.figures().stream().mapToInt(f -> f.name().length()).max().orElse(10);
        for (Figure f : report.figures()) {
            out.printf(Locale.ROOT, "  %-" + width + "s %,16.1f %-10s %s%n", f.name(), f.value(), f.unit(), f.note());
        }
        for (Ratio r : report.ratios()) {
            out.printf(Locale.ROOT, "  ratio %-40s %8.2fx  (%s; target %s %.2f: %s)%n", r.name(), r.value(), r.means(),
                    r.atMost() ? "<=" : ">=", r.target(), r.met() ? "met" : "NOT met");
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
}
