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

/**
 * Parses a seeded 1M-row shipment file (the floor), then decides it under every built-in regime
 * in date order against a fresh quota book each, as the simulator does. Each timing is the best
 * of {@value #REPEATS}, with the parse and the regimes interleaved so a burst of load on the
 * shared machine hits both sides. Also: memory per million transactions, and the full
 * explanation path of {@code check --input} (BatchDecider) on the first 100,000 rows.
 */
public final class BatchRun {
    static final int REPEATS = 3;
    static final long SEED = 20250113L;

    private BatchRun() {
    }

    public static BenchReport run(boolean quick, PrintStream progress) {
        Machine before = Machine.now();
        int rows = quick ? 10_000 : 1_000_000;
        Path file = shipmentFile(rows, progress);
        RegimeCatalog catalog = RegimeCatalog.builtIn();
        List<String> regimes = catalog.builtInIds();
        List<DecisionEngine> engines = regimes.stream().map(id -> DecisionEngine.of(catalog.get(id))).toList();

        progress.println("warming up");
        List<Transaction> warm = new ArrayList<>(new ShipmentReader().read(file).subList(0, Math.min(100_000, rows)));
        engines.forEach(e -> Simulation.run(e, warm));
        List<Transaction> transactions = null;

        long parse = Long.MAX_VALUE;
        long[] decide = new long[regimes.size()];
        java.util.Arrays.fill(decide, Long.MAX_VALUE);
        for (int repeat = 1; repeat <= (quick ? 1 : REPEATS); repeat++) {
            progress.printf("round %d of %d: parsing %,d rows, then deciding them under %d regimes%n", repeat, quick ? 1 : REPEATS,
                    rows, regimes.size());
            transactions = null;
            long start = System.nanoTime();
            transactions = new ShipmentReader().read(file);
            parse = Math.min(parse, System.nanoTime() - start);
            for (int r = 0; r < regimes.size(); r++) {
                start = System.nanoTime();
                Simulation.run(engines.get(r), transactions);
                decide[r] = Math.min(decide[r], System.nanoTime() - start);
            }
        }

        List<Figure> figures = new ArrayList<>();
        List<Ratio> ratios = new ArrayList<>();
        figures.add(new Figure("parse only (floor)", rows / seconds(parse), "rows/s", millis(parse)));
        long all = parse;
        double worst = 0;
        for (int r = 0; r < regimes.size(); r++) {
            figures.add(new Figure("decide " + regimes.get(r), rows / seconds(decide[r]), "rows/s",
                    millis(decide[r]) + "; parse + decide " + String.format(Locale.ROOT, "%,.0f rows/s",
                            rows / seconds(parse + decide[r]))));
            all += decide[r];
            worst = Math.max(worst, (parse + decide[r]) / (double) parse);
        }
        figures.add(new Figure("parse + decide under all " + regimes.size(), rows / seconds(all), "rows/s",
                millis(all) + "; " + String.format(Locale.ROOT, "%,.0f determinations/s", rows * (double) regimes.size()
                        / seconds(all - parse))));
        ratios.add(new Ratio("parse + decide, worst single regime", worst, "time over parse-only time", 2, true));
        ratios.add(new Ratio("parse once + decide under all " + regimes.size(), all / (double) parse,
                "time over parse-only time", 2, true));
        memory(file, engines.get(regimes.indexOf("ai-diffusion-2025")), rows, figures, progress);
        checkPath(transactions, engines.get(regimes.indexOf("ai-diffusion-2025")), figures, progress);
        return new BenchReport("batch", Instant.now().toString(), quick, before,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), figures, ratios,
                List.of("synthetic file: " + file + " (" + rows + " rows, seed " + SEED + ")",
                        "parse = a streaming reader of the check --input columns written for this benchmark "
                                + "(chipex-cli's batch reader was not on the branch); decide = DecisionEngine at "
                                + "Detail.OUTCOME in date order with a fresh InMemoryQuotaBook, as the simulator does",
                        "best of " + (quick ? 1 : REPEATS) + " interleaved rounds, single thread"));
    }

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
    private static void checkPath(List<Transaction> transactions, DecisionEngine engine, List<Figure> figures,
                                  PrintStream progress) {
        List<Transaction> first = transactions.subList(0, Math.min(100_000, transactions.size()));
        progress.printf("deciding %,d rows with full explanations%n", first.size());
        BatchDecider decider = new BatchDecider(engine, false);
        decider.decide(first.subList(0, first.size() / 10), new InMemoryQuotaBook());
        long start = System.nanoTime();
        List<Determination> full = decider.decide(first, new InMemoryQuotaBook());
        long took = System.nanoTime() - start;
        figures.add(new Figure("check path (BatchDecider, full explanation)", full.size() / seconds(took), "rows/s",
                "first " + full.size() + " rows, ai-diffusion-2025; " + millis(took)));
    }

    private static Path shipmentFile(int rows, PrintStream progress) {
        try {
            Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "chipex-bench"));
            Path file = folder.resolve("shipments-" + rows + "-" + SEED + ".csv");
            if (!Files.exists(file)) {
                progress.printf("writing %,d synthetic shipments to %s%n", rows, file);
                Path partial = folder.resolve(file.getFileName() + ".partial");
                SyntheticShipmentFile.write(partial, SEED, rows);
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
