package dev.chipex.bench.command;

import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.Budget;
import dev.chipex.bench.report.Figure;
import dev.chipex.bench.report.Machine;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code chipex check --input FILE --format jsonl} over a seeded file of 1,000,000 shipments, as a
 * user runs it with a heap capped at 512 MiB ({@code -Xmx512m}), beside {@link ReadWriteRows}
 * (the same rows read and written as JSON lines, nothing decided) with the same cap, before and
 * after it. Output goes to /dev/null. When the capped command runs out of memory, it runs again
 * without the cap, so that its time and the heap it took are known too; any other failure fails
 * the benchmark.
 */
public final class CheckInputRun {
    static final int ROWS = 1_000_000;
    static final long SEED = 20250113L;
    static final String HEAP = "-Xmx512m";

    private CheckInputRun() {
    }

    public static BenchReport run(Chipex chipex, boolean quick, PrintStream progress) {
        Path folder = temporaryFolder();
        try {
            return run(chipex, quick, progress, folder);
        } finally {
            deleteAll(folder);
        }
    }

    private static BenchReport run(Chipex chipex, boolean quick, PrintStream progress, Path logs) {
        Machine before = Machine.now();
        int rows = quick ? 10_000 : ROWS;
        Path file = shipmentFile(logs, rows, progress);
        List<String> check = List.of("check", "--regime", "ai-diffusion-2025", "--input", file.toString(), "--format", "jsonl");
        String name = chipex.name("check --input (" + String.format(Locale.ROOT, "%,d", rows) + " rows) --format jsonl");

        progress.println("check --input: the read-and-write baseline");
        Figure baseline1 = baseline(chipex, file, logs.resolve("baseline-1.log"));
        progress.println("check --input: the command, " + HEAP);
        Path capped = logs.resolve("capped.log");
        Run command = Run.of(chipex.command(List.of(HEAP, GcLog.option(capped)), check), chipex.root());
        progress.println("check --input: the read-and-write baseline again");
        Figure baseline2 = baseline(chipex, file, logs.resolve("baseline-2.log"));
        Figure faster = baseline1.value() <= baseline2.value() ? baseline1 : baseline2;
        Figure baseline = new Figure(faster.name(), faster.value(), faster.unit(), String.format(Locale.ROOT,
                "the faster of two runs, before and after (%.1f s, %.1f s); %s", baseline1.value(), baseline2.value(),
                faster.note()));

        List<Figure> figures = new ArrayList<>();
        if (!command.succeeded() && !command.errorTail().contains("OutOfMemoryError")) {
            command.orFail();
        }
        if (!command.succeeded()) {
            progress.println("check --input: the command ran out of memory under " + HEAP + "; again without the cap");
            Path free = logs.resolve("uncapped.log");
            Run uncapped = Run.of(chipex.command(List.of(GcLog.option(free)), check), chipex.root());
            figures.add(figure(name + " without " + HEAP, uncapped, free));
        }
        Budget budget = new Budget("check --input of 1M rows", "under 60 s, heap under 512 MB (" + HEAP + ")",
                figure(name + " " + HEAP, command, capped), baseline, command.succeeded() && command.wallSeconds() < 60);
        return BenchReport.of("check-input", quick, before, List.of(budget), figures, List.of(
                "file: " + rows + " synthetic rows in date order (SyntheticShipmentFile, seed " + SEED + "), regime ai-diffusion-2025",
                "wall time from process start to exit, JVM start included; output to /dev/null",
                "peak heap: the largest heap in use before a collection in the JVM's GC log (and after one); peak RSS: VmHWM",
                "baseline: java " + HEAP + " -cp chipex-bench.jar " + ReadWriteRows.class.getName()
                        + " FILE (reads the rows and writes JSON lines, deciding nothing)"));
    }

    private static Figure baseline(Chipex chipex, Path file, Path log) {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        List<String> command = List.of("java", HEAP, GcLog.option(log), "-cp", classPath,
                ReadWriteRows.class.getName(), file.toString());
        return figure("read and write the rows as JSON lines, nothing decided (" + HEAP + ")",
                Run.of(Chipex.Invocation.of(command), chipex.root()).orFail(), log);
    }

    private static Figure figure(String name, Run run, Path gcLog) {
        String memory = String.format(Locale.ROOT, "peak heap %s, peak RSS %,d MiB, CPU %.1f s",
                GcLog.peaks(gcLog), run.peakRssMiB(), run.cpuSeconds());
        return new Figure(name, run.wallSeconds(), "s", run.succeeded() ? memory
                : "FAILED, exit " + run.exitCode() + ": " + run.errorTail() + "; " + memory);
    }

    /**
     * The seeded file, written afresh into this run's folder (about a second for a million rows):
     * a file kept in a shared temporary folder could be another checkout's, or be gone.
     */
    static Path shipmentFile(Path folder, int rows, PrintStream progress) {
        progress.printf("writing %,d synthetic shipments (seed %d)%n", rows, SEED);
        Path file = folder.resolve("shipments-" + rows + "-" + SEED + ".csv");
        SyntheticShipmentFile.write(file, SEED, rows);
        return file;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("chipex-bench-check-input");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll(Path folder) {
        try (var files = Files.list(folder)) {
            files.forEach(f -> f.toFile().delete());
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
