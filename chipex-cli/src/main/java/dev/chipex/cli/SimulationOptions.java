package dev.chipex.cli;

import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.sim.Progress;
import dev.chipex.sim.demand.DemandSet;
import dev.chipex.sim.demand.SyntheticDemand;
import dev.chipex.sim.scenario.Assumptions;
import dev.chipex.sim.scenario.AssumptionsLoader;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The options simulate and compare share: demand, assumptions, Monte Carlo, output format. */
final class SimulationOptions {
    enum Format { table, json, csv }

    @Option(names = "--demand", paramLabel = "world|epoch-clusters|FILE", defaultValue = DemandChoice.WORLD,
            description = {"world (default): calibrated world demand 2025-2030 by country, buyer size and quarter "
            + "(Epoch AI chip sales, owners, data centres and GPU clusters; World Bank GDP and population; CC BY 4.0); "
            + "epoch-clusters: the bundled Epoch AI GPU cluster records; or a demand CSV with columns "
            + "id,date,item,quantity,destination,consignee,consignee_hq[,veu,h100e] (./world for a file named world)."})
    String demand;

    @Option(names = "--stock-before", paramLabel = "DATE", defaultValue = "2025-05-15", description = {
            "With epoch-clusters: clusters shipped before DATE are existing stock, the rest demand (default: "
            + "${DEFAULT-VALUE}, the Diffusion rule's compliance date, where the regimes start to differ)."})
    LocalDate stockBefore;

    @Option(names = "--shift-to", paramLabel = "YEAR", description = {
            "With epoch-clusters instead: every cluster is demand, re-dated into YEAR (same month and day)."})
    Integer shiftTo;

    @Option(names = "--synthetic-rows", paramLabel = "N", description = {
            "Scale the demand up to N synthetic records (seeded by --seed), for benchmarks."})
    Integer syntheticRows;

    @Option(names = "--synthetic-years", paramLabel = "Y", defaultValue = "5",
            description = "Years the synthetic demand spreads over (default: ${DEFAULT-VALUE}).")
    int syntheticYears;

    @Option(names = "--growth", paramLabel = "SHARE", defaultValue = "0.3",
            description = "Synthetic demand growth per year (default: ${DEFAULT-VALUE}).")
    double growth;

    @Option(names = "--assumptions", paramLabel = "FILE", description = {
            "YAML overriding any default assumption (prices, diversion risk, license review, "
            + "substitution, domestic capacity, deals); same shape as the bundled assumptions.yaml."})
    Path assumptions;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20", description = {
            "Monte Carlo runs (default: ${DEFAULT-VALUE}); figures are medians with a 90%% interval. "
            + "One run uses the central value of every assumption."})
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed: the same seed gives the same result on any number of cores (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (fits 100 columns), json (ARCHITECTURE.md §6) or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write a self-contained HTML report (opens offline).")
    Path report;

    /** The demand chosen, built with {@code assumptions} (the world demand reads them). */
    DemandSet demandSet(Assumptions assumptions) {
        if (runs < 1) {
            throw InvalidInputException.of("--runs", "must be at least 1, got " + runs);
        }
        DemandSet set = DemandChoice.of(demand, stockBefore, shiftTo, assumptions);
        if (syntheticRows != null) {
            try {
                set = new SyntheticDemand(syntheticRows, syntheticYears, growth, Math.max(1, syntheticRows / 200), seed)
                        .scale(set);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("--synthetic-rows", e.getMessage());
            }
        }
        return set;
    }

    Assumptions assumptionSet() {
        return assumptions == null ? AssumptionsLoader.defaults()
                : AssumptionsLoader.withOverrides(assumptions.toString(), read("--assumptions", assumptions));
    }

    /** Progress on stderr about every tenth of the runs, so long runs show they are alive. */
    static Progress progress(PrintWriter err, int runs) {
        if (runs < 10) {
            return Progress.NONE;
        }
        int step = Math.max(1, runs / 10);
        return (done, total) -> {
            if (done % step == 0 || done == total) {
                synchronized (err) {
                    err.println("chipex: run " + done + " of " + total);
                    err.flush();
                }
            }
        };
    }

    static String read(String option, Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InvalidInputException.of(option, "cannot read '" + file + "' (" + e.getClass().getSimpleName()
                    + "): give a readable file");
        }
    }

    static void write(String option, Path file, String text) {
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".chipex", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw InvalidInputException.of(option, "cannot write '" + file + "' (" + e.getMessage()
                    + "): give a path in a writable folder");
        }
    }
}
