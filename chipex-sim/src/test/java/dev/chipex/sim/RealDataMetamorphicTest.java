package dev.chipex.sim;

import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.sim.demand.DemandOptions;
import dev.chipex.sim.demand.DemandSet;
import dev.chipex.sim.demand.EpochClusters;
import dev.chipex.sim.scenario.AssumptionsLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Relations that must hold between runs on the real Epoch data, whatever the exact figures. */
class RealDataMetamorphicTest {
    private static final DemandSet EPOCH = EpochClusters.load(DemandOptions.DEFAULT);
    private static final List<String> TIGHTER_TO_LOOSER =
            List.of("option-2-us-monopoly", "ai-diffusion-2025", "option-3-embargo-only");

    private static Comparison compare(List<String> ids, String overrides, int runs) {
        var regimes = ids.stream().map(RegimeCatalog.builtIn()::get).toList();
        var assumptions = overrides.isEmpty() ? AssumptionsLoader.defaults()
                : AssumptionsLoader.withOverrides("test", overrides);
        return Simulation.of(regimes, EPOCH, assumptions).run(runs, 11, Progress.NONE);
    }

    @Test
    void everyRegime_everyLicenseDenied_shipsNoAdvancedComputeToTier3() {
        String denied = "licenseReview:\n" + List.of("presumption-of-approval", "case-by-case", "presumption-of-denial")
                .stream().map(p -> "  " + p + ": {approval: {value: 0, low: 0, high: 0}}\n").reduce("", String::concat);
        Comparison c = compare(RegimeCatalog.builtIn().ids(), denied, 1);
        for (RegimeResult r : c.regimes()) {
            assertThat(r.get(Metric.SHIPPED_TIER3_ADVANCED_H100E).value()).as(r.regime()).isZero();
            assertThat(r.get(Metric.SHIPPED_LICENSED_H100E).value()).as(r.regime()).isZero();
        }
    }

    @Test
    void everyRegime_defaultAssumptions_advancedComputeToTier3IsAtMostWhatLicensesApprove() {
        Comparison c = compare(RegimeCatalog.builtIn().ids(), "", 4);
        for (RegimeResult r : c.regimes()) {
            assertThat(r.get(Metric.SHIPPED_TIER3_ADVANCED_H100E).value()).as(r.regime())
                    .isLessThanOrEqualTo(r.get(Metric.SHIPPED_LICENSED_H100E).value());
        }
    }

    @Test
    void tighterRegime_sameSeed_neverShipsMoreNorAppliesForFewerLicenses() {
        for (int runs : new int[] {1, 8}) {
            Comparison c = compare(TIGHTER_TO_LOOSER, "", runs);
            for (int i = 0; i + 1 < TIGHTER_TO_LOOSER.size(); i++) {
                RegimeResult tighter = c.regimes().get(i);
                RegimeResult looser = c.regimes().get(i + 1);
                String pair = tighter.regime() + " vs " + looser.regime() + " (" + runs + " runs)";
                assertThat(tighter.get(Metric.SHIPPED_H100E).value()).as(pair)
                        .isLessThanOrEqualTo(looser.get(Metric.SHIPPED_H100E).value());
                assertThat(tighter.get(Metric.LICENSE_APPLICATIONS).value()).as(pair)
                        .isGreaterThanOrEqualTo(looser.get(Metric.LICENSE_APPLICATIONS).value());
            }
        }
    }

    @Test
    void everyRegime_sameDemand_shippedPlusBlockedIsTheDemand() {
        Comparison c = compare(RegimeCatalog.builtIn().ids(), "", 1);
        for (RegimeResult r : c.regimes()) {
            assertThat(r.get(Metric.SHIPPED_H100E).value() + r.get(Metric.BLOCKED_H100E).value()).as(r.regime())
                    .isCloseTo(r.get(Metric.DEMAND_H100E).value(), offset(1e-3));
            double byTier = r.shippedByTier().values().stream().mapToDouble(Figure::value).sum();
            assertThat(byTier).as(r.regime()).isCloseTo(r.get(Metric.SHIPPED_H100E).value(), offset(1e-3));
        }
    }

    @Test
    void compare_realData_regimesActuallyDiffer() {
        Comparison c = compare(TIGHTER_TO_LOOSER, "", 1);
        assertThat(c.regimes().stream().map(r -> Math.round(r.get(Metric.SHIPPED_H100E).value())).distinct().count())
                .isEqualTo(3);
    }
}
