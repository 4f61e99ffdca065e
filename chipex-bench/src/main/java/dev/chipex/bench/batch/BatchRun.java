package dev.chipex.bench.batch;

import dev.chipex.core.explanation.Explainer;
import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.Figure;
import dev.chipex.bench.report.Machine;
import dev.chipex.bench.report.Ratio;
import dev.chipex.cli.BatchCheck;
import dev.chipex.cli.batch.CheckedBatch;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.core.decision.BatchDecider;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.shipment.ShipmentReader;
import dev.chipex.sim.demand.DemandSet;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
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
 * <li>chipex's own reader, the one {@code chipex check --input} uses ({@link CheckedBatch}: a first
 * pass that checks every row, then the rows read again into Transactions), then the rows decided at
 * {@link Detail#OUTCOME} under each built-in regime and under all of them;</li>
 * <li>the same rows decided as {@code check --input} decides them: {@link BatchDecider}, full
 * explanations (trace, parameters, balances in words), date order, each determination handed in
 * the file's order to a sink that reads it; and the command's whole path from the file
 * ({@link CheckedBatch} and {@link BatchCheck}: read, checked, decided and written as JSON lines or
 * CSV to a null writer);</li>
 * <li>the simulator's path: its demand reader ({@code DemandCsv}), then one central run of
 * chipex-sim over all regimes;</li>
 * <li>a harsher floor, this benchmark's lean streaming reader ({@link LeanReader}), with the
 * same decisions made as rows stream in.</li>
 * </ul>
 * Each regime decides against a quota book of its own, as the simulator does. Each timing is the
 * best of {@value #REPEATS} rounds, the passes interleaved so a burst of load on the shared
 * machine hits every side. Memory per million rows is measured once, apart.
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
        List<Transaction> warm = held(warmFile, catalog);
        timeHeld(warm, engines);
        engines.forEach(e -> timeHeld(warm, List.of(e)));
        engines.forEach(e -> decideFull(warm, e, new long[1], 0));
        engines.forEach(e -> timeCommand(warmFile, catalog, e, OutputFormat.JSONL));
        timeCommand(warmFile, catalog, engines.get(0), OutputFormat.CSV);
        simulator.simulate(simulator.read(warmFile));
        timeStreamed(warmFile, engines);
        engines.forEach(e -> timeStreamed(warmFile, List.of(e)));

        Timings cli = new Timings(ids.size());
        // The whole path is timed for the regime whose determinations say the most (debits and balances in words).
        int writtenRegime = ids.indexOf("ai-diffusion-2025");
        Timings lean = new Timings(ids.size());
        long simRead = Long.MAX_VALUE;
        long simRun = Long.MAX_VALUE;
        int rounds = quick ? 1 : REPEATS;
        for (int round = 1; round <= rounds; round++) {
            progress.printf("round %d of %d: %,d rows read by check --input's reader, decided under each of %d regimes "
                    + "and all at once; the simulator; the lean reader, likewise%n", round, rounds, rows, ids.size());
            long start = System.nanoTime();
            List<Transaction> held = held(file, catalog);
            cli.floor = Math.min(cli.floor, System.nanoTime() - start);
            for (int r = 0; r < ids.size(); r++) {
                cli.regime[r] = Math.min(cli.regime[r], timeHeld(held, List.of(engines.get(r))));
            }
            cli.all = Math.min(cli.all, timeHeld(held, engines));
            for (int r = 0; r < ids.size(); r++) {
                decideFull(held, engines.get(r), cli.full, r);
            }
            cli.jsonl = Math.min(cli.jsonl, timeCommand(file, catalog, engines.get(writtenRegime), OutputFormat.JSONL));
            cli.csv = Math.min(cli.csv, timeCommand(file, catalog, engines.get(writtenRegime), OutputFormat.CSV));
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
        for (int r = 0; r < ids.size(); r++) {
            figures.add(cli.figure("check --input path: read + BatchDecider (full explanations) " + ids.get(r), rows,
                    cli.full[r]));
        }
        figures.add(new Figure("check --input whole path: read + decide + write JSON lines " + ids.get(writtenRegime),
                rows / seconds(cli.jsonl), "rows/s", millis(cli.jsonl) + ratioNote(cli.jsonl, cli.floor)));
        figures.add(new Figure("check --input whole path: read + decide + write CSV " + ids.get(writtenRegime),
                rows / seconds(cli.csv), "rows/s", millis(cli.csv) + ratioNote(cli.csv, cli.floor)));
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
        ratios.add(new Ratio("check --input path (full explanations): read + decide, worst single regime",
                Arrays.stream(cli.full).mapToDouble(cli::ratio).max().orElseThrow(), "time over read time", 2, true));
        ratios.add(new Ratio("simulator: read + run under all " + ids.size(), (simRead + simRun) / (double) simRead,
                "time over DemandCsv read time", 2, true));
        ratios.add(new Ratio("lean reader: read + decide, worst single regime", lean.worstStreamed(),
                "time over read time", 2, true));
        ratios.add(new Ratio("lean reader: read + decide under all " + ids.size(), lean.all / (double) lean.floor,
                "time over read time", 2, true));

        DecisionEngine diffusion = engines.get(ids.indexOf("ai-diffusion-2025"));
        memory(file, catalog, diffusion, rows, figures, progress);
        return new BenchReport("batch", Instant.now().toString(), quick, before,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), figures, ratios,
                List.of("synthetic file: " + file + " (" + rows + " rows in date order, seed " + SEED + ")",
                        "check --input reader = dev.chipex.cli.batch.CheckedBatch: a first pass that checks every row "
                                + "(core ShipmentReader), then the rows read again into a list; decide = DecisionEngine at Detail.OUTCOME over the rows "
                                + "it returned, one InMemoryQuotaBook per regime; read + decide = the two timed apart and "
                                + "added, as the command runs them one after the other",
                        "check --input path = the same rows through BatchDecider (what the command calls): full "
                                + "explanations, date order, one quota book, each determination handed in the file's order "
                                + "to a sink that reads its words; the figures' 'x read' is read + decide over read; whole "
                                + "path = CheckedBatch and BatchCheck from the file (read, check, decide, write JSON lines "
                                + "or CSV to a null writer, as the command does, rows streamed), over the read",
                        "simulator = chipex-sim DemandCsv, then Simulation.of(all regimes).run(1 run) on one thread",
                        "lean reader = this benchmark's streaming LeanReader, decisions made as rows stream in; "
                                + "its figures are the decide part alone (pass time minus the read-only pass)",
                        "best of " + rounds + " rounds, single thread"));
    }

    /** Best times of one reader's passes: the read alone, each regime, all regimes. */
    private static final class Timings {
        long floor = Long.MAX_VALUE;
        long all = Long.MAX_VALUE;
        final long[] regime;
        /** check --input's own decide (BatchDecider, full explanations), per regime; and its whole path from the file. */
        final long[] full;
        long jsonl = Long.MAX_VALUE;
        long csv = Long.MAX_VALUE;

        Timings(int regimes) {
            regime = new long[regimes];
            Arrays.fill(regime, Long.MAX_VALUE);
            full = new long[regimes];
            Arrays.fill(full, Long.MAX_VALUE);
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
            return figure(name, rows, decide, "decide");
        }

        /** {@code step} names what was timed after the read. */
        Figure figure(String name, int rows, long decide, String step) {
            return new Figure(name, rows / seconds(floor + decide), "rows/s", step + " " + millis(decide)
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
        new LeanReader().forEach(file, sink);
        return System.nanoTime() - start;
    }

    /** Where the read-only pass puts what it read, so the JIT cannot drop the parsing. */
    private static long sink;

    private static void memory(Path file, RegimeCatalog catalog, DecisionEngine engine, int rows, List<Figure> figures,
                               PrintStream progress) {
        progress.println("measuring memory");
        double perMillion = 1_000_000.0 / rows / (1 << 20);
        long empty = usedAfterGc();
        List<Transaction> lean = new LeanReader().read(file);
        figures.add(new Figure("heap per 1M transactions, lean reader", (usedAfterGc() - empty) * perMillion, "MiB",
                "retained after GC, held in a list"));
        int leanRows = lean.size();
        lean = null;
        empty = usedAfterGc();
        List<Transaction> held = held(file, catalog);
        long withTransactions = usedAfterGc();
        figures.add(new Figure("heap per 1M transactions", (withTransactions - empty) * perMillion, "MiB",
                "retained after GC, as check --input's reader returns them"));
        List<Determination> determinations = new ArrayList<>(held.size());
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        for (Transaction t : held) {
            Determination d = engine.decide(t, book);
            book.apply(d.debits());
            determinations.add(d);
        }
        figures.add(new Figure("heap per 1M determinations", (usedAfterGc() - withTransactions) * perMillion, "MiB",
                "ai-diffusion-2025, held with their quota book"));
        determinations = null;
        long withoutDeterminations = usedAfterGc();
        List<Determination> full = new BatchDecider(engine, true).decide(held, new InMemoryQuotaBook());
        figures.add(new Figure("heap per 1M full determinations", (usedAfterGc() - withoutDeterminations) * perMillion,
                "MiB", "BatchDecider's list of them (ai-diffusion-2025)"));
        if (held.size() != full.size() || leanRows != held.size()) {
            throw new IllegalStateException("lost rows");
        }
    }

    /**
     * Decides the held rows as {@code chipex check --input} does (BatchDecider.decideNext, one at a
     * time in the file's order, which is date order: one quota book, full explanations), keeping
     * the best time in {@code best[r]}. The sink reads every determination's words, as a writer would.
     */
    private static void decideFull(List<Transaction> held, DecisionEngine engine, long[] best, int r) {
        int[] handed = new int[1];
        Explainer explainer = Explainer.of(engine);
        long start = System.nanoTime();
        BatchDecider decider = new BatchDecider(engine, true);
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        for (Transaction t : held) {
            Determination d = decider.decideNext(t, book);
            handed[0]++;
            sink += explainer.paragraph(d).length() + d.trace().size();
        }
        best[r] = Math.min(best[r], System.nanoTime() - start);
        if (handed[0] != held.size()) {
            throw new IllegalStateException("lost rows");
        }
    }

    /** The command's whole path from the file: read, checked, decided and written as the command does, to a writer that drops the text. */
    private static long timeCommand(Path file, RegimeCatalog catalog, DecisionEngine engine, OutputFormat format) {
        PrintWriter out = new PrintWriter(Writer.nullWriter());
        long start = System.nanoTime();
        try (CheckedBatch batch = CheckedBatch.check(file, ShipmentReader.of(catalog))) {
            new BatchCheck(engine, true, 80).run(batch, new InMemoryQuotaBook(), format, out, count -> { });
        }
        return System.nanoTime() - start;
    }

    /** The rows as check --input reads them: every row checked, then read again into a list. */
    private static List<Transaction> held(Path file, RegimeCatalog catalog) {
        try (CheckedBatch batch = CheckedBatch.check(file, ShipmentReader.of(catalog))) {
            return batch.transactions();
        }
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
