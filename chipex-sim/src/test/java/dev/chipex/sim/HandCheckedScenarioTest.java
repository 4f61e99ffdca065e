package dev.chipex.sim;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Outcome;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.sim.demand.DemandCsv;
import dev.chipex.sim.demand.DemandSet;
import dev.chipex.sim.scenario.Assumptions;
import dev.chipex.sim.scenario.AssumptionsLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * Three shipments under Option 2 whose metrics are worked out on paper. One H100 SXM is exactly
 * 1 H100e (TPP 1,979 × 8 = 15,832). Central assumptions (one run): price 2026 USD 22,000;
 * France's diversion risk 0.005; 20% of denied foreign demand relocates to the US (room ample),
 * half of the rest goes to non-US suppliers (capacity ample).
 */
class HandCheckedScenarioTest {
    private static final DemandSet DEMAND = DemandCsv.parse("paper.csv", """
            id,date,item,quantity,destination,consignee,consignee_hq
            us,2026-01-01,NVIDIA H100 SXM,1000,US,US Lab,US
            cn,2026-02-01,NVIDIA H100 SXM,10000,CN,CN Lab,CN
            fr,2026-03-01,NVIDIA H100 SXM,50,FR,FR Lab,FR
            """);

    private static Assumptions approvals(double p) {
        String a = "{approval: {value: " + p + ", low: " + p + ", high: " + p + "}}";
        return AssumptionsLoader.withOverrides("test", "licenseReview:\n  presumption-of-approval: " + a
                + "\n  case-by-case: " + a + "\n  presumption-of-denial: " + a + "\n");
    }

    private static RegimeResult option2(Assumptions assumptions) {
        return Simulation.of(List.of(RegimeCatalog.builtIn().get("option-2-us-monopoly")), DEMAND, assumptions)
                .run(1, 1, Progress.NONE).regimes().get(0);
    }

    @Test
    void option2_everyLicenseDenied_metricsAsComputedOnPaper() {
        RegimeResult r = option2(approvals(0));
        assertThat(r.get(Metric.SHIPPED_H100E).value()).isCloseTo(1050, offset(1e-6));
        assertThat(r.get(Metric.SHIPPED_NO_LICENSE_H100E).value()).as("US buyer").isCloseTo(1000, offset(1e-6));
        assertThat(r.get(Metric.SHIPPED_EXCEPTION_H100E).value()).as("low quantity").isCloseTo(50, offset(1e-6));
        assertThat(r.get(Metric.BLOCKED_H100E).value()).isCloseTo(10000, offset(1e-6));
        assertThat(r.get(Metric.LICENSE_APPLICATIONS).value()).isEqualTo(1);
        assertThat(r.get(Metric.RELOCATED_H100E).value()).isCloseTo(2000, offset(1e-6));
        assertThat(r.get(Metric.COMPETITOR_H100E).value()).isCloseTo(4000, offset(1e-6));
        assertThat(r.get(Metric.EXPORT_REVENUE_USD).value()).isCloseTo(50 * 22_000, offset(1e-3));
        assertThat(r.get(Metric.DIVERSION_H100E).value()).isCloseTo(50 * 0.005, offset(1e-9));
        assertThat(r.get(Metric.CONTROL_SHARE).value()).isCloseTo((1000 + 50 + 2000) / 7050.0, offset(1e-9));
        assertThat(r.get(Metric.FOREIGN_DEMAND_SERVED_SHARE).value()).isCloseTo(50 / 10050.0, offset(1e-9));
        assertThat(r.get(Metric.COMPETITOR_SHARE).value()).isCloseTo(4000 / 10050.0, offset(1e-9));
        assertThat(r.get(Metric.LEVERAGE_H100E).value()).isZero();
        assertThat(r.shippedByTier().get("tier3").value()).isZero();
    }

    @Test
    void option2_everyLicenseApproved_chinaShipsAsLicensedLeverage() {
        RegimeResult r = option2(approvals(1));
        assertThat(r.get(Metric.SHIPPED_H100E).value()).isCloseTo(11050, offset(1e-6));
        assertThat(r.get(Metric.LEVERAGE_H100E).value()).isCloseTo(10000, offset(1e-6));
        assertThat(r.shippedByTier().get("tier3").value()).isCloseTo(10000, offset(1e-6));
        assertThat(r.get(Metric.SHIPPED_TIER3_ADVANCED_H100E).value()).isCloseTo(10000, offset(1e-6));
        assertThat(r.get(Metric.BLOCKED_H100E).value()).isZero();
        assertThat(r.get(Metric.COMPETITOR_H100E).value()).isZero();
    }

    @Test
    void simulate_delayOfTheApplication_isThatOfThePolicyTheEngineNamed() {
        var engine = DecisionEngine.of(RegimeCatalog.builtIn().get("option-2-us-monopoly"));
        var d = engine.decide(DEMAND.records().get(1).toTransaction(), new InMemoryQuotaBook());
        assertThat(d.outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
        Assumptions a = approvals(0);
        int expected = a.reviews().get(d.policy().orElseThrow().code()).delayDays();
        assertThat(option2(a).get(Metric.MEAN_LICENSE_DELAY_DAYS).value()).isEqualTo(expected);
    }
}
