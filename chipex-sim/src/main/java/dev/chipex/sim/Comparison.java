package dev.chipex.sim;

import dev.chipex.sim.demand.DemandSet;
import dev.chipex.sim.scenario.Assumptions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The result of simulating several regimes over one demand set with one seed. */
public record Comparison(DemandSet demand, Assumptions assumptions, long seed, int runs, List<RegimeResult> regimes) {
    public Comparison {
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(assumptions, "assumptions");
        regimes = List.copyOf(regimes);
        if (runs < 1) {
            throw new IllegalArgumentException("at least one run");
        }
    }

    public Optional<RegimeResult> regime(String id) {
        return regimes.stream().filter(r -> r.regime().equals(id)).findFirst();
    }
}
