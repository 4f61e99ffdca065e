package dev.chipex.sim;

import dev.chipex.core.decision.Transaction;
import dev.chipex.core.regime.Regime;
import dev.chipex.sim.demand.DemandRecord;
import dev.chipex.sim.demand.DemandSet;
import dev.chipex.sim.scenario.Assumptions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Simulates regimes over a demand set. Regimes are compiled once; each Monte Carlo run gets its
 * own seed from (seed, run index), its own draw of the demand's size and its own quota books, runs
 * go in parallel, and results are collected by run index, so the same seed gives the same result on
 * any number of threads.
 */
public final class Simulation {
    private static final long DEMAND_DRAW = 0x5DEECE66DL;
    private final List<CompiledRegime> regimes = new ArrayList<>();
    private final DemandSet demand;
    private final Assumptions assumptions;
    /** Each record as the engine takes it, and as the runs read it, made once for every regime and run. */
    private final List<Transaction> transactions = new ArrayList<>();
    /** The same transactions without their VEU claim, for a deployment a fleet-share rule forbids; null where none. */
    private final List<Transaction> withoutVeu = new ArrayList<>();
    private final List<FleetLimits> limits = new ArrayList<>();
    private final DemandFacts facts;
    private final double stockTier1;
    private final LocalDate end;

    private Simulation(List<Regime> regimes, DemandSet demand, Assumptions assumptions) {
        regimes.forEach(r -> this.regimes.add(new CompiledRegime(r)));
        regimes.forEach(r -> limits.add(FleetLimits.of(r)));
        this.demand = demand;
        this.assumptions = assumptions;
        DiffusionTiers diffusion = new DiffusionTiers();
        List<String> tiers = new ArrayList<>();
        for (DemandRecord r : demand.records()) {
            tiers.add(diffusion.of(r.destination(), r.date()));
            Transaction t = r.toTransaction();
            transactions.add(t);
            withoutVeu.add(r.veu().isPresent() ? t.withVeu(Optional.empty()) : null);
        }
        this.end = demand.records().isEmpty() ? LocalDate.of(2030, 12, 31)
                : demand.records().get(demand.records().size() - 1).date();
        this.facts = new DemandFacts(demand.records(), tiers, assumptions);
        LocalDate stockDate = LocalDate.of(2025, 5, 15);
        this.stockTier1 = demand.stockByCountry().entrySet().stream()
                .filter(e -> diffusion.of(e.getKey(), stockDate).equals("tier1"))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    public static Simulation of(List<Regime> regimes, DemandSet demand, Assumptions assumptions) {
        if (regimes.isEmpty()) {
            throw new IllegalArgumentException("name at least one regime");
        }
        return new Simulation(regimes, demand, assumptions);
    }

    /** Runs on the common pool (all cores). */
    public Comparison run(int runs, long seed, Progress progress) {
        return run(runs, seed, progress, ForkJoinPool.commonPool());
    }

    public Comparison run(int runs, long seed, Progress progress, ForkJoinPool pool) {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        AtomicInteger done = new AtomicInteger();
        List<List<RunTally>> byRun;
        try {
            byRun = pool.submit(() -> IntStream.range(0, runs).parallel()
                    .mapToObj(run -> {
                        List<RunTally> tallies = runOnce(runs, seed, run, null);
                        progress.runFinished(done.incrementAndGet(), runs);
                        return tallies;
                    }).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
        List<RegimeResult> results = new ArrayList<>();
        for (int i = 0; i < regimes.size(); i++) {
            results.add(Aggregation.of(regimes.get(i).regime(), byRun, i, facts, limits.get(i), end));
        }
        return new Comparison(demand, assumptions, seed, runs, results);
    }

    /** Every decision of the first run (with one run, the central one), as {@code simulate --records} writes them. */
    public RecordLog records(int runs, long seed) {
        RecordLog log = new RecordLog();
        runOnce(runs, seed, 0, log);
        return log;
    }

    /**
     * Every regime's run over the records, taking turns record by record. Each run's state is
     * its own, so the order of turns does not change its result.
     */
    private List<RunTally> runOnce(int runs, long seed, int run, RecordLog log) {
        long runSeed = Seeds.run(seed, run);
        Draw draw = runs == 1 ? Draw.central(assumptions) : Draw.random(assumptions, runSeed);
        double[] weights = weights(runs, runSeed);
        List<RegimeRun> regimeRuns = new ArrayList<>();
        for (int r = 0; r < regimes.size(); r++) {
            regimeRuns.add(new RegimeRun(demand, transactions, withoutVeu, facts, regimes.get(r).engine(draw), draw,
                    runSeed, weights, limits.get(r), log));
        }
        RegimeRun[] turns = regimeRuns.toArray(RegimeRun[]::new);
        for (int i = 0; i < transactions.size(); i++) {
            for (RegimeRun regimeRun : turns) {
                regimeRun.decide(i);
            }
        }
        List<RunTally> tallies = new ArrayList<>();
        for (int r = 0; r < regimes.size(); r++) {
            int reached = (int) regimes.get(r).regime().deals().stream().filter(d -> draw.dealReached(d.id())).count();
            tallies.add(regimeRuns.get(r).finish(reached, stockTier1, limits.get(r), end));
        }
        return tallies;
    }

    /**
     * The buyers each record stands for in the run: as the demand states them in the central run,
     * else times the run's draw of the demand's size (its own generator, so the assumptions' draws
     * stay as they were).
     */
    private double[] weights(int runs, long runSeed) {
        double[] factors = runs == 1 ? null
                : demand.range().factors(demand.records(), new SplittableRandom(runSeed ^ DEMAND_DRAW));
        if (factors == null) {
            return facts.buyers;
        }
        double[] weights = new double[factors.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = facts.buyers[i] * factors[i];
        }
        return weights;
    }
}
