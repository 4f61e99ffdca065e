package dev.chipex.sim;

import dev.chipex.core.decision.Transaction;
import dev.chipex.core.regime.Regime;
import dev.chipex.sim.demand.DemandRecord;
import dev.chipex.sim.demand.DemandSet;
import dev.chipex.sim.scenario.Assumptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Simulates regimes over a demand set. Regimes are compiled once; each Monte Carlo run gets its
 * own seed from (seed, run index) and its own quota books, runs go in parallel, and results are
 * collected by run index, so the same seed gives the same result on any number of threads.
 */
public final class Simulation {
    private final List<CompiledRegime> regimes = new ArrayList<>();
    private final DemandSet demand;
    private final Assumptions assumptions;
    /** Each record as the engine takes it, and as the runs read it, made once for every regime and run. */
    private final List<Transaction> transactions = new ArrayList<>();
    private final DemandFacts facts;
    private final double stockTier1;

    private Simulation(List<Regime> regimes, DemandSet demand, Assumptions assumptions) {
        regimes.forEach(r -> this.regimes.add(new CompiledRegime(r)));
        this.demand = demand;
        this.assumptions = assumptions;
        DiffusionTiers diffusion = new DiffusionTiers();
        List<String> tiers = new ArrayList<>();
        for (DemandRecord r : demand.records()) {
            tiers.add(diffusion.of(r.destination(), r.date()));
            transactions.add(r.toTransaction());
        }
        this.facts = new DemandFacts(demand.records(), tiers, assumptions);
        java.time.LocalDate stockDate = java.time.LocalDate.of(2025, 5, 15);
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
                        List<RunTally> tallies = runOnce(runs, seed, run);
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
            results.add(Aggregation.of(regimes.get(i).regime(), byRun, i));
        }
        return new Comparison(demand, assumptions, seed, runs, results);
    }

    /**
     * Every regime's run over the records, taking turns record by record. Each run's state is
     * its own, so the order of turns does not change its result.
     */
    private List<RunTally> runOnce(int runs, long seed, int run) {
        long runSeed = Seeds.run(seed, run);
        Draw draw = runs == 1 ? Draw.central(assumptions) : Draw.random(assumptions, runSeed);
        List<RegimeRun> regimeRuns = new ArrayList<>();
        for (int r = 0; r < regimes.size(); r++) {
            regimeRuns.add(new RegimeRun(demand, transactions, facts, regimes.get(r).engine(draw), draw,
                    runSeed));
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
            tallies.add(regimeRuns.get(r).finish(reached, stockTier1));
        }
        return tallies;
    }
}
