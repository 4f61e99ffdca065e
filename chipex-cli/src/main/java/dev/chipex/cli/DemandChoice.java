package dev.chipex.cli;

import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.sim.demand.DemandCsv;
import dev.chipex.sim.demand.DemandOptions;
import dev.chipex.sim.demand.DemandSet;
import dev.chipex.sim.demand.EpochClusters;
import dev.chipex.sim.scenario.Assumptions;
import dev.chipex.sim.world.WorldDemand;

import java.nio.file.Path;
import java.time.LocalDate;

/** What {@code --demand} names: the world demand, the Epoch cluster records, or a demand CSV. */
final class DemandChoice {
    static final String WORLD = "world";
    static final String EPOCH_CLUSTERS = "epoch-clusters";

    private DemandChoice() {
    }

    static DemandSet of(String choice, LocalDate stockBefore, Integer shiftTo, Assumptions assumptions) {
        boolean clusters = choice.equals(EPOCH_CLUSTERS);
        if (!clusters && (shiftTo != null || !stockBefore.equals(DemandOptions.DEFAULT.stockBefore()))) {
            throw InvalidInputException.of(shiftTo != null ? "--shift-to" : "--stock-before",
                    "applies to the Epoch cluster records only: add --demand " + EPOCH_CLUSTERS);
        }
        if (choice.equals(WORLD)) {
            return WorldDemand.build(assumptions).demand();
        }
        if (clusters) {
            DemandOptions options = DemandOptions.DEFAULT.withStockBefore(stockBefore);
            return EpochClusters.load(shiftTo == null ? options : options.withShiftTo(shiftTo));
        }
        Path file = Path.of(choice);
        return DemandCsv.parse(file.toString(), SimulationOptions.read("--demand", file));
    }
}
