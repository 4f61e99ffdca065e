package dev.chipex.sim;

import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.item.Classifier;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.sim.demand.Dataset;
import dev.chipex.sim.demand.DemandItems;
import dev.chipex.sim.demand.DemandRecord;
import dev.chipex.sim.demand.DemandSet;
import dev.chipex.sim.scenario.Assumptions;
import dev.chipex.sim.scenario.AssumptionsLoader;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * Two countries worked out on paper, in H100 SXM (exactly 1 H100e, 15,832 TPP), in 2026, every
 * license within an allocation approved and every other one denied:
 * <ul>
 * <li>a cloud ("Cloud", US, claiming UVEU) installs 10,000 at home on 1 January and 2,000 in India
 *     on 1 February: 2,000 of 12,000 is 16.7% of its fleet in one Tier 2 country;</li>
 * <li>100 small Indian buyers order 1,000 each on 1 March (one record standing for 100);</li>
 * <li>40 larger Indian buyers order 3,000 each on 1 April (one record for 40);</li>
 * <li>a French buyer orders 5,000 on 1 May.</li>
 * </ul>
 * India's allocation is 790,000,000 TPP = 49,898.93 H100e (Diffusion rule), four times that under
 * option 1. The LPP limit is 1,699 H100e a year (Diffusion rule), 600 in 2026 under option 1.
 */
class TwoCountryClassesTest {
    private static final double ALLOCATION = 790_000_000 / 15_832.0;

    private static final DemandSet DEMAND = demand();

    private static DemandSet demand() {
        var h100 = new DemandItems(ChipCatalog.bundled(), Classifier.bundled().h100eTpp()).item("NVIDIA H100 SXM", 1, 1);
        List<DemandRecord> records = List.of(
                new DemandRecord("cloud-us", LocalDate.of(2026, 1, 1), "US", "Cloud", "US", h100, 10_000, 10_000,
                        Optional.of("UVEU"), 1),
                new DemandRecord("cloud-in", LocalDate.of(2026, 2, 1), "IN", "Cloud", "US", h100, 2_000, 2_000,
                        Optional.of("UVEU"), 1),
                new DemandRecord("in-small", LocalDate.of(2026, 3, 1), "IN", "IN buyers of 1,000", "IN", h100, 1_000, 1_000,
                        Optional.empty(), 100),
                new DemandRecord("in-large", LocalDate.of(2026, 4, 1), "IN", "IN buyers of 3,000", "IN", h100, 3_000, 3_000,
                        Optional.empty(), 40),
                new DemandRecord("fr", LocalDate.of(2026, 5, 1), "FR", "FR Lab", "FR", h100, 5_000, 5_000,
                        Optional.empty(), 1));
        return new DemandSet(new Dataset("paper", "2026", "test", "test", records.size(), List.of()), records, Map.of());
    }

    private static Assumptions approvedWithinAllocation() {
        return AssumptionsLoader.withOverrides("test", """
                licenseReview:
                  presumption-of-approval: {approval: {value: 1, low: 1, high: 1}}
                  case-by-case: {approval: {value: 1, low: 1, high: 1}}
                  presumption-of-denial: {approval: {value: 0, low: 0, high: 0}}
                """);
    }

    private static RegimeResult run(String regime) {
        return Simulation.of(List.of(RegimeCatalog.builtIn().get(regime)), DEMAND, approvedWithinAllocation())
                .run(1, 1, Progress.NONE).regimes().get(0);
    }

    private static CountryYear country(RegimeResult r, String code) {
        return r.countries().stream().filter(c -> c.country().equals(code) && c.year() == 2026).findFirst().orElseThrow();
    }

    @Test
    void diffusion_sevenPercentRuleBindsTheCloudAndTheAllocationCoversPartOfTheLargeBuyers() {
        RegimeResult r = run("ai-diffusion-2025");
        CountryYear india = country(r, "IN");
        // The cloud's 2,000 in India would be 16.7% > 7%: decided without UVEU, it needs a license (2,000 > LPP 1,699),
        // approved within the allocation. The 100 small buyers each fit LPP (1,000 <= 1,699): 100,000 license-free.
        // The 40 large ones need 120,000 of the 49,898.93 - 2,000 left: that much is licensed, the rest denied.
        double left = ALLOCATION - 2_000;
        assertThat(india.demandH100e().value()).isCloseTo(2_000 + 100_000 + 120_000, offset(1e-6));
        assertThat(india.shippedH100e().value()).isCloseTo(2_000 + 100_000 + left, offset(1e-3));
        assertThat(india.licensedH100e().value()).isCloseTo(ALLOCATION, offset(1e-3));
        assertThat(india.quotaUsedH100e().value()).isCloseTo(ALLOCATION, offset(1e-3));
        assertThat(india.blockedH100e().value()).isCloseTo(120_000 - left, offset(1e-3));
        assertThat(india.licenseApplications().value()).as("the cloud and each of the 40").isCloseTo(41, offset(1e-9));
        assertThat(india.allocationExhausted()).hasValue(LocalDate.of(2026, 4, 1));
        CountryYear france = country(r, "FR");
        assertThat(france.shippedH100e().value()).isCloseTo(5_000, offset(1e-6));
        assertThat(france.licenseApplications().value()).isZero();

        FleetResult cloud = r.fleets().get(0);
        assertThat(cloud.holder()).isEqualTo("Cloud");
        assertThat(cloud.boundH100e()).containsOnlyKeys("veu.tier2-country-maximum-share");
        assertThat(cloud.boundH100e().get("veu.tier2-country-maximum-share").value()).isCloseTo(2_000, offset(1e-6));
        assertThat(cloud.usShare().value()).isCloseTo(10_000 / 12_000.0, offset(1e-9));
        assertThat(cloud.tier2Shares().get("IN").value()).isCloseTo(2_000 / 12_000.0, offset(1e-9));
        assertThat(cloud.limits()).hasValue(new FleetResult.Limits(0.75, 0.07, 0.5));
    }

    @Test
    void option1_noPerCountryLimitLowerLicenseFreeQuantityFourTimesIndiasAllocation() {
        RegimeResult r = run("option-1-refined-tiers");
        CountryYear india = country(r, "IN");
        // The cloud's 2,000 is authorized (83% stays in Tier 1, no per-country limit). The small buyers now exceed
        // the 600 license-free: 100 applications, 100,000 licensed; then the large buyers get what is left of 4x.
        double left = 4 * ALLOCATION - 100_000;
        assertThat(india.licenseApplications().value()).isCloseTo(140, offset(1e-9));
        assertThat(india.licensedH100e().value()).isCloseTo(100_000 + left, offset(1e-3));
        assertThat(india.shippedH100e().value()).isCloseTo(2_000 + 100_000 + left, offset(1e-3));
        assertThat(india.blockedH100e().value()).isCloseTo(120_000 - left, offset(1e-3));
        assertThat(r.fleets().get(0).boundH100e()).isEmpty();
        assertThat(r.fleets().get(0).limits()).hasValue(new FleetResult.Limits(0.75, 1.0, 0.5));
    }

    @Test
    void records_aClassTheAllocationCoversInPart_hasARowPerPart() {
        String csv = Simulation.of(List.of(RegimeCatalog.builtIn().get("ai-diffusion-2025")), DEMAND,
                approvedWithinAllocation()).records(1, 1).csv();
        assertThat(csv).startsWith(RecordLog.HEADER);
        assertThat(csv.lines().filter(l -> l.contains(",in-large,"))).hasSize(2)
                .anyMatch(l -> l.contains("presumption-of-approval")).anyMatch(l -> l.contains("presumption-of-denial"));
        assertThat(csv).contains("fleet-share rule veu.tier2-country-maximum-share broken");
    }
}
