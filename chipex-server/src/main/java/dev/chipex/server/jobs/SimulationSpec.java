package dev.chipex.server.jobs;

import dev.chipex.core.regime.Regime;
import dev.chipex.sim.demand.DemandOptions;
import dev.chipex.sim.scenario.Assumptions;

import java.util.List;
import java.util.Objects;

/**
 * What a simulate or compare job runs: the regimes (the table's differences are taken from
 * {@code baseline}), the Epoch demand options, the assumptions and the Monte Carlo runs and seed.
 */
public record SimulationSpec(String kind, List<Regime> regimes, String baseline, DemandOptions demand,
                             Assumptions assumptions, int runs, long seed) {
    public SimulationSpec {
        Objects.requireNonNull(kind, "kind");
        regimes = List.copyOf(regimes);
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(assumptions, "assumptions");
        if (regimes.isEmpty() || runs < 1) {
            throw new IllegalArgumentException("a simulation needs a regime and at least one run");
        }
    }
}
