package dev.chipex.sim.report;

import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.sim.Comparison;
import dev.chipex.sim.Progress;
import dev.chipex.sim.Simulation;
import dev.chipex.sim.demand.DemandOptions;
import dev.chipex.sim.demand.EpochClusters;
import dev.chipex.sim.scenario.AssumptionsLoader;
import dev.chipex.sim.world.WorldDemand;

/** Comparisons of every built-in regime on the Epoch data and on the world demand, computed once per test JVM. */
final class Fixtures {
    static final Comparison ONE_RUN = compare(1);
    static final Comparison FOUR_RUNS = compare(4);
    static final Comparison WORLD_TWO_RUNS = Simulation.of(RegimeCatalog.builtIn().all(),
            WorldDemand.build(AssumptionsLoader.defaults()).demand(), AssumptionsLoader.defaults()).run(2, 5, Progress.NONE);

    private Fixtures() {
    }

    private static Comparison compare(int runs) {
        return Simulation.of(RegimeCatalog.builtIn().all(), EpochClusters.load(DemandOptions.DEFAULT),
                AssumptionsLoader.defaults()).run(runs, 5, Progress.NONE);
    }
}
