package dev.chipex.bench.batch;

import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.Figure;
import dev.chipex.bench.report.Machine;
import dev.chipex.bench.report.Ratio;
import dev.chipex.cli.BatchReader;
import dev.chipex.core.decision.BatchDecider;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Detail;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.sim.demand.DemandSet;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A seeded 1M-row shipment file, read and decided three ways, each beside its own floor:
 * <ul>
 * <li>chipex's own reader, the one {@code chipex check --input} uses ({@link BatchReader}: the
 * whole file, every row checked into a Transaction), then the rows decided at
 * {@link Detail#OUTCOME} under each built-in regime and under all of them;</li>
 * <li>the simulator's path: its demand reader ({@code DemandCsv}), then one central run of
 * chipex-sim over all regimes;</li>
 * <li>a harsher floor, this benchmark's lean streaming reader ({@link ShipmentReader}), with the
 * same decisions made as rows stream in.</li>
 * </ul>
 * Each regime decides against a quota book of its own, as the simulator does. Each timing is the
 * best of {@value #REPEATS} rounds, the passes interleaved so a burst of load on the shared
 * machine hits every side. Memory per million rows and the full-explanation path of
 * {@code check --input} (reader and BatchDecider, on a 100,000-row file) are measured once, apart.
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
        List<String> ids = catalog.builtInIds();
        List<Regime> regimes = ids.stream().map(catalog::get).toList();
        List<DecisionEngine> engines = regimes.stream().map(DecisionEngine::of).toList();
        SimulatorPass simulator = new SimulatorPass(regimes);

        progress.println("warming up");
        Path warmFile = shipmentFile(Math.min(rows, 100_000), SEED + 1, progress);
        List<Transaction> warm = BatchReader.read(warmFile, catalog);
        timeHeld(warm, engines);
        engines.forEach(e -> timeHeld(warm, List.of(e)));
        simulator.simulate(simulator.read(warmFile));
        timeStreamed(warmFile, engines);
        engines.forEach(e -> timeStreamed(warmFile, List.of(e)));

        Timings cli = new Timings(ids.size());
        Timings lean = new Timings(ids.size());
        long simRead = Long.MAX_VALUE;
        long simRun = Long.MAX_VALUE;
        int rounds = quick ? 1 : REPEATS;
        for (int round = 1; round <= rounds; round++) {
            progress.printf("round %d of %d: %,d rows read by check --input's reader, decided under each of %d regimes "
                    + "and all at once; the simulator; the lean reader, likewise%n", round, rounds, rows, ids.size());
            long start = System.nanoTime();
            List<Transaction> held = BatchReader.read(file, catalog);
            cli.floor = Math.min(cli.floor, System.nanoTime() - start);
            for (int r = 0; r < ids.size(); r++) {
                cli.regime[r] = Math.min(cli.regime[r], timeHeld(held, List.of(engines.get(r))));
            }
            cli.all = Math.min(cli.all, timeHeld(held, engines));
            held = null;

            start = System.nanoTime();
            DemandSet demand = simulator.read(file);
            simRead = Math.min(simRead, System.nanoTime() - start);
            start = System.nanoTime();
            if (simulator.simulate(demand).regimes().size() != ids.size()) {
                throw new IllegalStateException("the simulator lost a regime");
            }
            simRun = Math.min(simRun, System.nanoTime() - start);
            demand = null;

            lean.floor = Math.min(lean.floor, timeStreamed(file, List.of()));
            for (int r = 0; r < ids.size(); r++) {
                lean.regime[r] = Math.min(lean.regime[r], timeStreamed(file, List.of(engines.get(r))));
            }
            lean.all = Math.min(lean.all, timeStreamed(file, engines));
            // The lean floor is short (about 0.3 s), so one slow moment would inflate it: time it twice a round.
            lean.floor = Math.min(lean.floor, timeStreamed(file, List.of()));
        }

        List<Figure> figures = new ArrayList<>();
        List<Ratio> ratios = new ArrayList<>();
        figures.add(new Figure("check --input reader (floor)", rows / seconds(cli.floor), "rows/s", millis(cli.floor)));
        for (int r = 0; r < ids.size(); r++) {
            figures.add(cli.figure("read + decide " + ids.get(r), rows, cli.regime[r]));
        }
        figures.add(cli.figure("read + decide under all " + ids.size(), rows, cli.all));
        figures.add(new Figure("simulator: DemandCsv read (floor)", rows / seconds(simRead), "rows/s", millis(simRead)));
        figures.add(new Figure("simulator: read + 1 run of all " + ids.size(), rows / seconds(simRead + simRun),
                "rows/s", millis(simRead + simRun) + ratioNote(simRead + simRun, simRead)));
        figures.add(new Figure("lean streaming reader (floor)", rows / seconds(lean.floor), "rows/s", millis(lean.floor)));
        for (int r = 0; r < ids.size(); r++) {
            figures.add(lean.figure("lean read + decide " + ids.get(r), rows, lean.regime[r] - lean.floor));
        }
        figures.add(lean.figure("lean read + decide under all " + ids.size(), rows, lean.all - lean.floor));

        ratios.add(new Ratio("check --input reader: read + decide, worst single regime", cli.worst(), "time over read time",
                2, true));
        ratios.add(new Ratio("check --input reader: read + decide under all " + ids.size(), cli.ratio(cli.all),
                "time over read time", 2, true));
        ratios.add(new Ratio("simulator: read + run under all " + ids.size(), (simRead + simRun) / (double) simRead,
                "time over DemandCsv read time", 2, true));
        ratios.add(new Ratio("lean reader: read + decide, worst single regime", lean.worstStreamed(),
                "time over read time", 2, true));
        ratios.add(new Ratio("lean reader: read + decide under all " + ids.size(), lean.all / (double) lean.floor,
                "time over read time", 2, true));

        DecisionEngine diffusion = engines.get(ids.indexOf("ai-diffusion-2025"));
        memory(file, catalog, diffusion, rows, figures, progress);
        checkPath(shipmentFile(Math.min(rows, 100_000), SEED, progress), catalog, diffusion, figures, progress);
        return new BenchReport("batch", Instant.now().toString(), quick, before,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), figures, ratios,
                List.of("synthetic file: " + file + " (" + rows + " rows in date order, seed " + SEED + ")",
                        "check --input reader = dev.chipex.cli.BatchReader (TransactionFile + TransactionRows), the whole "
                                + "file read and every row checked; decide = DecisionEngine at Detail.OUTCOME over the rows "
                                + "it returned, one InMemoryQuotaBook per regime; read + decide = the two timed apart and "
                                + "added, as the command runs them one after the other",
                        "simulator = chipex-sim DemandCsv, then Simulation.of(all regimes).run(1 run) on one thread",
                        "lean reader = this benchmark's streaming ShipmentReader, decisions made as rows stream in; "
                                + "its figures are the decide part alone (pass time minus the read-only pass)",
                        "best of " + rounds + " rounds, single thread"));
    }

    /** Best times of one reader's passes: the read alone, each regime, all regimes. */
    private static final class Timings {
        long floor = Long.MAX_VALUE;
        long all = Long.MAX_VALUE;
        final long[] regime;

        Timings(int regimes) {
            regime = new long[regimes];
            Arrays.fill(regime, Long.MAX_VALUE);
        }

        /** Read + decide over read, for decide times taken apart from the read. */
        double ratio(long decide) {
            return (floor + decide) / (double) floor;
        }

        double worst() {
            return Arrays.stream(regime).mapToDouble(this::ratio).max().orElseThrow();
        }

        /** For streamed passes, whose times include the read. */
        double worstStreamed() {
            return Arrays.stream(regime).mapToDouble(t -> t / (double) floor).max().orElseThrow();
        }

        Figure figure(String name, int rows, long decide) {
            return new Figure(name, rows / seconds(floor + decide), "rows/s", "decide " + millis(decide)
                    + String.format(Locale.ROOT, " (%,.0f ns/row); %.2fx read", decide / (double) rows, ratio(decide)));
        }
    }

    /** Decides the held rows under each engine in turn, each with its own quota book; the read is not timed. */
    private static long timeHeld(List<Transaction> held, List<DecisionEngine> engines) {
        List<RowDecider> deciders = engines.stream().map(RowDecider::new).toList();
        long start = System.nanoTime();
        for (Transaction t : held) {
            for (RowDecider s : deciders) {
                s.accept(t);
            }
        }
        return System.nanoTime() - start;
    }

    /** One pass over the file with the lean reader, each row decided under every engine as it comes. */
    private static long timeStreamed(Path file, List<DecisionEngine> engines) {
        List<RowDecider> deciders = engines.stream().map(RowDecider::new).toList();
        Consumer<Transaction> sink = deciders.isEmpty() ? t -> BatchRun.sink += t.quantity() : t -> {
            for (RowDecider s : deciders) {
                s.accept(t);
            }
        };
        long start = System.nanoTime();
        new ShipmentReader().forEach(file, sink);
        return System.nanoTime() - start;
    }

    /** Where the read-only pass puts what it read, so the JIT cannot drop the parsing. */
    private static long sink;

    private static void memory(Path file, RegimeCatalog catalog, DecisionEngine engine, int rows, List<Figure> figures,
                               PrintStream progress) {
        progress.println("measuring memory");
        double perMillion = 1_000_000.0 / rows / (1 << 20);
        long empty = usedAfterGc();
        List<Transaction> lean = new ShipmentReader().read(file);
        figures.add(new Figure("heap per 1M transactions, lean reader", (usedAfterGc() - empty) * perMillion, "MiB",
                "retained after GC, held in a list"));
        int leanRows = lean.size();
        lean = null;
        empty = usedAfterGc();
        List<Transaction> held = BatchReader.read(file, catalog);
        long withTransactions = usedAfterGc();
        figures.add(new Figure("heap per 1M transactions", (withTransactions - empty) * perMillion, "MiB",
                "retained after GC, as check --input's reader returns them"));
        List<Determination> determinations = new ArrayList<>(held.size());
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        for (Transaction t : held) {
            Determination d = engine.decide(t, book, Detail.OUTCOME);
            book.apply(d.debits());
            determinations.add(d);
        }
        figures.add(new Figure("heap per 1M determinations", (usedAfterGc() - withTransactions) * perMillion, "MiB",
                "Detail.OUTCOME, ai-diffusion-2025, held with their quota book"));
        if (held.size() != determinations.size() || leanRows != held.size()) {
            throw new IllegalStateException("lost rows");
        }
    }

    /**
     * The path of {@code chipex check --input}: its reader, then BatchDecider with full
     * explanations (date order, one quota book), timed together; writing the output is not.
     */
    private static void checkPath(Path file, RegimeCatalog catalog, DecisionEngine engine, List<Figure> figures,
                                  PrintStream progress) {
        progress.println("check --input path: " + file.getFileName() + " read and decided with full explanations");
        BatchDecider decider = new BatchDecider(engine, true);
        long start = System.nanoTime();
        List<Transaction> held = BatchReader.read(file, catalog);
        long read = System.nanoTime() - start;
        List<Determination> full = decider.decide(held, new InMemoryQuotaBook());
        long took = System.nanoTime() - start;
        figures.add(new Figure("check --input path (reader + BatchDecider, full explanation)", full.size() / seconds(took),
                "rows/s", full.size() + " rows (a file of its own: full "
                + "determinations of 1M rows would not fit the heap), ai-diffusion-2025, one pass; " + millis(took) + ratioNote(took, read)));
    }

    private static String ratioNote(long whole, long read) {
        return String.format(Locale.ROOT, "; %.2fx read", whole / (double) read);
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
