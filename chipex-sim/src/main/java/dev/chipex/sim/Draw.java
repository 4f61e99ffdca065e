package dev.chipex.sim;

import dev.chipex.core.regime.ReviewPolicy;
import dev.chipex.sim.scenario.Assumptions;
import dev.chipex.sim.scenario.Uncertain;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/** The uncertain assumptions as one Monte Carlo run sees them. */
final class Draw {
    final double priceFactor;
    final double diversionFactor;
    final Map<ReviewPolicy, Double> approval = new EnumMap<>(ReviewPolicy.class);
    final double substitutionShare;
    final double relocationShare;
    private final Assumptions assumptions;
    private final long runSeed;
    private final boolean central;

    private Draw(Assumptions a, SplittableRandom random, long runSeed) {
        this.runSeed = runSeed;
        this.assumptions = a;
        this.central = random == null;
        this.priceFactor = pick(a.priceFactor(), random);
        this.diversionFactor = pick(a.diversionFactor(), random);
        for (ReviewPolicy p : ReviewPolicy.values()) {
            approval.put(p, pick(a.reviews().get(p.code()).approval(), random));
        }
        this.substitutionShare = pick(a.substitutionShare(), random);
        this.relocationShare = pick(a.relocationShare(), random);
    }

    /** The central values: what a single run uses. */
    static Draw central(Assumptions a) {
        return new Draw(a, null, 0);
    }

    static Draw random(Assumptions a, long runSeed) {
        return new Draw(a, new SplittableRandom(runSeed), runSeed);
    }

    /** Whether the deal is reached in this run; a single run reaches deals at least as likely as not. */
    boolean dealReached(String dealId) {
        Uncertain p = assumptions.dealProbability(dealId);
        if (central) {
            return p.value() >= 0.5;
        }
        SplittableRandom r = new SplittableRandom(runSeed ^ (0x9E3779B97F4A7C15L * dealId.hashCode()));
        return r.nextDouble() < p.at(r.nextDouble());
    }

    private static double pick(Uncertain u, SplittableRandom random) {
        return random == null ? u.value() : u.at(random.nextDouble());
    }
}
