package dev.chipex.sim;

import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.sim.demand.DemandOptions;
import dev.chipex.sim.demand.EpochClusters;
import dev.chipex.sim.report.ComparisonJson;
import dev.chipex.sim.scenario.AssumptionsLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {
    private final Simulation simulation = Simulation.of(
            List.of(RegimeCatalog.builtIn().get("option-4-bilateral"), RegimeCatalog.builtIn().get("ai-diffusion-2025")),
            EpochClusters.load(DemandOptions.DEFAULT), AssumptionsLoader.defaults());

    @Test
    void run_sameSeed_givesTheSameJsonOnOneThreadAndOnMany() {
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool three = new ForkJoinPool(3);
        try {
            String single = ComparisonJson.write(simulation.run(9, 42, Progress.NONE, one));
            String parallel = ComparisonJson.write(simulation.run(9, 42, Progress.NONE, three));
            assertThat(parallel).isEqualTo(single);
            assertThat(single).contains("\"seed\" : 42").contains("shippedH100eP05");
        } finally {
            one.shutdown();
            three.shutdown();
        }
    }

    @Test
    void run_differentSeed_drawsDifferentAssumptions() {
        String a = ComparisonJson.write(simulation.run(5, 1, Progress.NONE));
        String b = ComparisonJson.write(simulation.run(5, 2, Progress.NONE));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void run_worldDemand_sameSeedGivesTheSameJsonOnOneThreadAndOnMany() {
        var a = AssumptionsLoader.defaults();
        Simulation world = Simulation.of(List.of(RegimeCatalog.builtIn().get("ai-diffusion-2025"),
                RegimeCatalog.builtIn().get("option-1-refined-tiers")), dev.chipex.sim.world.WorldDemand.build(a).demand(), a);
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool three = new ForkJoinPool(3);
        try {
            String single = ComparisonJson.write(world.run(3, 9, Progress.NONE, one));
            assertThat(ComparisonJson.write(world.run(3, 9, Progress.NONE, three))).isEqualTo(single);
            assertThat(ComparisonJson.write(world.run(3, 10, Progress.NONE, one))).as("another seed draws another demand")
                    .isNotEqualTo(single);
        } finally {
            one.shutdown();
            three.shutdown();
        }
    }
}
