package dev.chipex.bench.batch;

import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.Figure;
import dev.chipex.bench.report.Machine;
import dev.chipex.bench.report.Ratio;
import dev.chipex.core.decision.BatchDecider;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.RegimeCatalog;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Streams a seeded 1M-row shipment file: parsed alone (the floor), parsed and decided under each
 * built-in regime, and parsed once and decided under all of them, each regime with its own quota
 * book, as the simulator does. Each timing is the best of {@value #REPEATS} rounds, the passes
 * interleaved so a burst of load on the shared machine hits both sides. Streaming keeps the
 * garbage collector's copying of a million live rows out of both sides; memory per million rows
 * is measured apart, and so is the full-explanation path of {@code check --input}
 * (BatchDecider over a held list) on the first 100,000 rows.
 */
public final class BatchRun {
    static final int REPEATS = 3;
    static final long SEED = 20250113L;

    private BatchRun() {
    }

    public static BenchReport run(boolean quick, PrintStream progress) {
        Machine before = Machine.now();
        int rows = quick ? 10_000 : 1_000_000;
        Path file = shipmentFile(rows, SEED, progress);
        RegimeCatalog catalog = RegimeCatalog.builtIn();
        List<String> regimes = catalog.builtInIds();
        List<DecisionEngine> engines = regimes.stream().map(id -> DecisionEngine.of(catalog.get(id))).toList();

        progress.println("warming up");
        Path warmFile = shipmentFile(Math.min(rows, 100_000), SEED + 1, progress);
        timeAll(warmFile, engines);
        engines.forEach(e -> time(warmFile, new Simulation(e)));

        long parse = Long.MAX_VALUE;
        long all = Long.MAX_VALUE;
        long[] decide = new long[regimes.size()];
        java.util.Arrays.fill(decide, Long.MAX_VALUE);
        int rounds = quick ? 1 : REPEATS;
        for (int round = 1; round <= rounds; round++) {
            progress.printf("round %d of %d: %,d rows parsed alone, then parsed and decided under each of %d regimes, "
                    + "then under all at once%n", round, rounds, rows, regimes.size());
            parse = Math.min(parse, time(file, t -> sink += t.quantity()));
            for (int r = 0; r < regimes.size(); r++) {
                decide[r] = Math.min(decide[r], time(file, new Simulation(engines.get(r))));
            }
            all = Math.min(all, timeAll(file, engines));
        }

        List<Figure> figures = new ArrayList<>();
        List<Ratio> ratios = new ArrayList<>();
        figures.add(new Figure("parse only (floor)", rows / seconds(parse), "rows/s", millis(parse)));
        double worst = 0;
        for (int r = 0; r < regimes.size(); r++) {
            figures.add(new Figure("parse + decide " + regimes.get(r), rows / seconds(decide[r]), "rows/s",
                    millis(decide[r]) + String.format(Locale.ROOT, "; %.2fx parse", decide[r] / (double) parse)));
            worst = Math.max(worst, decide[r] / (double) parse);
        }
        figures.add(new Figure("parse once + decide under all " + regimes.size(), rows / seconds(all), "rows/s",
                millis(all) + String.format(Locale.ROOT, "; %,.0f determinations/s", rows * (double) regimes.size()
                        / seconds(all))));
        ratios.add(new Ratio("parse + decide, worst single regime", worst, "time over parse-only time", 2, true));
        ratios.add(new Ratio("parse once + decide under all " + regimes.size(), all / (double) parse,
                "time over parse-only time", 2, true));
        memory(file, engines.get(regimes.indexOf("ai-diffusion-2025")), rows, figures, progress);
        checkPath(file, engines.get(regimes.indexOf("ai-diffusion-2025")), figures, progress);
        return new BenchReport("batch", Instant.now().toString(), quick, before,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), figures, ratios,
                List.of("synthetic file: " + file + " (" + rows + " rows in date order, seed " + SEED + ")",
                        "parse = a streaming reader of the check --input columns written for this benchmark "
                                + "(chipex-cli's batch reader was not on the branch), each row made a Transaction; "
                                + "decide = DecisionEngine at Detail.OUTCOME as rows stream in, one InMemoryQuotaBook "
                                + "per regime, as the simulator does",
                        "best of " + rounds + " rounds, single thread; every pass reads the file, so the ratios "
                                + "are whole-pass times over the parse-only pass"));
    }

    /** One pass over the file: parse each row and hand it to {@code sink}. */
    private static long time(Path file, Consumer<Transaction> sink) {
        long start = System.nanoTime();
        new ShipmentReader().forEach(file, sink);
        return System.nanoTime() - start;
    }

    /** One pass deciding each row under every regime, each with its own quota book. */
    private static long timeAll(Path file, List<DecisionEngine> engines) {
        List<Simulation> simulations = engines.stream().map(Simulation::new).toList();
        return time(file, t -> {
            for (Simulation s : simulations) {
                s.accept(t);
            }
        });
    }

    /** Where the parse-only pass puts what it read, so the JIT cannot drop the parsing. */
    private static long sink;

    private static void memory(Path file, DecisionEngine engine, int rows, List<Figure> figures, PrintStream progress) {
        progress.println("measuring memory");
        long empty = usedAfterGc();
        List<Transaction> held = new ShipmentReader().read(file);
        long withTransactions = usedAfterGc();
        List<Determination> determinations = new ArrayList<>(held.size());
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        for (Transaction t : held) {
            Determination d = engine.decide(t, book, dev.chipex.core.decision.Detail.OUTCOME);
            book.apply(d.debits());
            determinations.add(d);
        }
        long withDeterminations = usedAfterGc();
        double perMillion = 1_000_000.0 / rows / (1 << 20);
        figures.add(new Figure("heap per 1M transactions", (withTransactions - empty) * perMillion, "MiB",
                "retained after GC, parsed and held in a list"));
        figures.add(new Figure("heap per 1M determinations", (withDeterminations - withTransactions) * perMillion, "MiB",
                "Detail.OUTCOME, ai-diffusion-2025, held with their quota book"));
        if (held.size() != determinations.size()) {
            throw new IllegalStateException("lost rows");
        }
    }

    /** The path of {@code chipex check --input}: BatchDecider with full explanations, held in memory. */
    private static void checkPath(Path file, DecisionEngine engine, List<Figure> figures, PrintStream progress) {
        List<Transaction> all = new ShipmentReader().read(file);
        List<Transaction> first = List.copyOf(all.subList(0, Math.min(100_000, all.size())));
        progress.printf("deciding %,d rows with full explanations%n", first.size());
        BatchDecider decider = new BatchDecider(engine, false);
        decider.decide(first.subList(0, first.size() / 10), new InMemoryQuotaBook());
        long start = System.nanoTime();
        List<Determination> full = decider.decide(first, new InMemoryQuotaBook());
        long took = System.nanoTime() - start;
        figures.add(new Figure("check path (BatchDecider, full explanation)", full.size() / seconds(took), "rows/s",
                "first " + full.size() + " rows, ai-diffusion-2025; " + millis(took)));
    }

    private static Path shipmentFile(int rows, long seed, PrintStream progress) {
        try {
            Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "chipex-bench"));
            Path file = folder.resolve("shipments-" + rows + "-" + seed + ".csv");
            if (!Files.exists(file)) {
                progress.printf("writing %,d synthetic shipments to %s%n", rows, file);
                Path partial = folder.resolve(file.getFileName() + ".partial");
                SyntheticShipmentFile.write(partial, seed, rows);
                Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the shipment file", e);
        }
    }

    static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%,.0f ms", nanos / 1e6);
    }
}
