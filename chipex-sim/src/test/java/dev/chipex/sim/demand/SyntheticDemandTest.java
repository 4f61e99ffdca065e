package dev.chipex.sim.demand;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticDemandTest {
    private final DemandSet base = EpochClusters.load(DemandOptions.DEFAULT);

    @Test
    void scale_sameSeed_givesTheSameRecords() {
        DemandSet a = new SyntheticDemand(5_000, 4, 0.3, 20, 7).scale(base);
        DemandSet b = new SyntheticDemand(5_000, 4, 0.3, 20, 7).scale(base);
        assertThat(a.records()).hasSize(5_000).isEqualTo(b.records());
        assertThat(a.dataset().attribution()).contains("Epoch AI").contains("seed 7");
    }

    @Test
    void scale_growth_makesLaterYearsLarger() {
        DemandSet grown = new SyntheticDemand(20_000, 3, 1.0, 20, 1).scale(base);
        DemandSet flat = new SyntheticDemand(20_000, 3, 0.0, 20, 1).scale(base);
        double g = grown.records().stream().mapToDouble(DemandRecord::h100e).sum();
        double f = flat.records().stream().mapToDouble(DemandRecord::h100e).sum();
        assertThat(g).isGreaterThan(f * 1.5);
    }
}
