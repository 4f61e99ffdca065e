package dev.chipex.sim.demand;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class EpochClustersTest {
    private final DemandSet set = EpochClusters.load(DemandOptions.DEFAULT);

    @Test
    void load_defaultOptions_splitsStockBeforeTheComplianceDateFromLaterDemand() {
        assertThat(set.records()).isNotEmpty();
        assertThat(set.records()).allMatch(r -> !r.date().isBefore(LocalDate.of(2025, 5, 15)));
        assertThat(set.stockH100e()).isGreaterThan(0);
        assertThat(set.dataset().rows()).isEqualTo(set.records().size());
    }

    @Test
    void load_anyOptions_carriesLicenseAttributionAndVintage() {
        assertThat(set.dataset().license()).isEqualTo("CC BY 4.0");
        assertThat(set.dataset().attribution()).contains("Epoch AI").contains("epoch.ai/data/gpu-clusters");
        assertThat(set.dataset().vintage()).contains("2025");
    }

    @Test
    void load_quirks_areHandledAndCounted() {
        assertThat(set.dataset().notes()).anyMatch(n -> n.matches("6 decommissioned records left out"))
                .anyMatch(n -> n.contains("upgrade records counted as their growth"))
                .anyMatch(n -> n.contains("anonymised Chinese systems"))
                .anyMatch(n -> n.contains("planned records without a year"))
                .anyMatch(n -> n.contains("defaulted to the destination country"));
    }

    @Test
    void load_anonymisedChineseSystems_areSeparateBuyersHeadquarteredInChina() {
        var anonymised = set.records().stream().filter(r -> r.buyer().startsWith(EpochClusters.ANONYMISED)).toList();
        assertThat(anonymised).isNotEmpty().allMatch(r -> r.headquarters().equals("CN"));
        assertThat(anonymised.stream().map(DemandRecord::buyer).distinct().count()).isEqualTo(anonymised.size());
    }

    @Test
    void load_shiftTo_makesEveryClusterDemandInThatYear() {
        DemandSet shifted = EpochClusters.load(DemandOptions.DEFAULT.withShiftTo(2026));
        assertThat(shifted.records()).allMatch(r -> r.date().getYear() == 2026);
        assertThat(shifted.stockByCountry().values().stream().mapToDouble(Double::doubleValue).sum())
                .as("only undated existing records stay stock").isLessThan(set.stockH100e());
        assertThat(shifted.records().size()).isGreaterThan(set.records().size());
    }

    @Test
    void load_upgradeRecords_neverCountTheUpgradedClusterTwice() {
        DemandSet all = EpochClusters.load(DemandOptions.DEFAULT.withShiftTo(2026));
        double total = all.records().stream().mapToDouble(DemandRecord::h100e).sum() + all.stockH100e();
        // xAI Colossus Memphis: phases 1-3 would be ~3x phase 3 if summed; the data's total must stay well under
        // the naive sum of every row's H100e (130 million, dominated by multi-site plans and upgrades).
        assertThat(total).isLessThan(130_400_283.0 * 0.75);
    }

    @Test
    void read_gulfGb300RecordsStating0083H100ePerChip_areSizedByTheirChips() {
        Tally tally = new Tally();
        var sites = ClusterSites.read(tally);
        var uae = sites.stream().filter(s -> s.name().equals("Stargate UAE Phase 1")).findFirst().orElseThrow();
        var saudi = sites.stream().filter(s -> s.name().equals("HUMAIN Saudi Arabia/NVIDIA Phase 1")).findFirst()
                .orElseThrow();
        // 100,000 and 18,000 GB300 at 60,000 TPP each (the catalog), not the stated 8,338 and 1,501 H100e
        assertThat(uae.h100e()).isCloseTo(100_000.0 * 60_000 / 15_832, offset(1.0));
        assertThat(saudi.h100e()).isCloseTo(18_000.0 * 60_000 / 15_832, offset(1.0));
        assertThat(uae.item().name()).isEqualTo("NVIDIA GB300 (per GPU)");
        assertThat(tally.get(StatedH100e.CORRECTED)).isEqualTo(3);
    }
}
