package dev.chipex.sim.world;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.sim.demand.ClusterSites;
import dev.chipex.sim.demand.DemandOptions;
import dev.chipex.sim.demand.DemandRecord;
import dev.chipex.sim.demand.Tally;
import dev.chipex.sim.scenario.Assumptions;
import dev.chipex.sim.scenario.AssumptionsLoader;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** The world demand against the sources it is built from: calibration, conservation, coverage. */
class WorldDemandTest {
    private static final Assumptions A = AssumptionsLoader.defaults();
    private static final WorldDemand WORLD = WorldDemand.build(A);
    private static final ChipSales SALES = ChipSales.bundled();
    private static final WorldTotals TOTALS = new WorldTotals(SALES, ChipOwners.bundled(), A.world().growthPerYear());

    @Test
    void totals_everyQuarterWithData_areTheSalesDataAndTheOwnersSplitThemWithoutLoss() {
        assertThat(TOTALS.dataQuarters()).as("2025Q1-2025Q4").isEqualTo(4);
        // Epoch AI chip sales, calendar-quarter medians summed over designers and chips (chip-sales.csv)
        double[] expected = {2_435_902, 2_793_500, 3_570_685, 4_367_217};
        for (int q = 0; q < 4; q++) {
            assertThat(TOTALS.total(q)).as(Quarter.at(q).toString()).isCloseTo(expected[q], offset(1.0));
            double owners = 0;
            for (String owner : TOTALS.owners()) {
                owners += TOTALS.owner(owner, q);
            }
            assertThat(owners).isCloseTo(TOTALS.total(q), offset(1e-6 * TOTALS.total(q)));
        }
        assertThat(TOTALS.total(4)).as("2026Q1 = 2025Q1 x growth").isCloseTo(2_435_902 * 1.6, offset(1.0));
    }

    @Test
    void calibration_2025_liesWithinTheSalesIntervalAndEveryYearEqualsItsSource() {
        Calibration.YearTotal y2025 = WORLD.calibration().years().get(0);
        assertThat(y2025.year()).isEqualTo(2025);
        assertThat(y2025.fromData()).isTrue();
        assertThat(y2025.withinSource()).isTrue();
        assertThat(y2025.sourceLow()).isCloseTo(10_615_295, offset(2.0));
        assertThat(y2025.sourceHigh()).isCloseTo(16_075_109, offset(2.0));
        for (Calibration.YearTotal y : WORLD.calibration().years()) {
            assertThat(y.demand()).as(String.valueOf(y.year())).isCloseTo(y.sourceMedian(), offset(1e-6 * y.sourceMedian()));
        }
        assertThat(WORLD.calibration().usShare2025()).isBetween(0.5, 0.9);
        assertThat(WORLD.calibration().chinaShare2025()).isBetween(0.0, 0.15);
    }

    @Test
    void placement_everyQuarter_placesExactlyTheOwnersDemand() {
        List<Placement.Mass> masses = masses();
        double[] placed = new double[Quarter.COUNT];
        masses.forEach(m -> placed[m.quarter()] += m.h100e());
        for (int q = 0; q < Quarter.COUNT; q++) {
            assertThat(placed[q]).as(Quarter.at(q).toString()).isCloseTo(TOTALS.total(q), offset(1e-6 * TOTALS.total(q)));
        }
        assertThat(masses).allMatch(m -> m.h100e() >= 0);
    }

    @Test
    void records_ofTheSalesSeries_sumByOwnerCountryAndYearToTheMassesTheyWereSplitFrom() {
        Map<String, Double> fromMasses = new TreeMap<>();
        masses().forEach(m -> fromMasses.merge(key(m.kind() == Placement.Kind.CHINA ? "China: legal purchases" : m.owner(),
                m.country(), Quarter.at(m.quarter()).year()), m.h100e(), Double::sum));
        Map<String, Double> fromRecords = new TreeMap<>();
        WORLD.records().stream().filter(l -> !l.owner().startsWith("China: ") || l.owner().equals("China: legal purchases"))
                .forEach(l -> fromRecords.merge(key(l.owner(), l.record().destination(), l.record().date().getYear()),
                        l.record().totalH100e(), Double::sum));
        fromMasses.entrySet().removeIf(e -> e.getValue() == 0);
        assertThat(fromRecords.keySet()).isEqualTo(fromMasses.keySet());
        fromMasses.forEach((k, v) -> assertThat(fromRecords.get(k)).as(k).isCloseTo(v, offset(1e-6 * v + 1e-9)));
    }

    @Test
    void records_everyTier2Country_hasBuyersBelowAndAboveTheLicenseFreeQuantityIn2025() {
        var diffusion = DecisionEngine.of(RegimeCatalog.builtIn().get("ai-diffusion-2025")).onDate(LocalDate.of(2025, 6, 1));
        Map<String, Set<String>> sides = new HashMap<>();
        for (WorldDemand.Labelled l : WORLD.records()) {
            DemandRecord r = l.record();
            if (r.date().getYear() == 2025 && l.owner().equals(ChipOwners.OTHER) && l.sizeClass().endsWith("a year")) {
                double low = Double.parseDouble(l.sizeClass().split("-")[0].replace(",", ""));
                sides.computeIfAbsent(r.destination(), c -> new TreeSet<>()).add(low < 1699 ? "below" : "at or above");
            }
        }
        List<String> tier2 = sides.keySet().stream().filter(c -> diffusion.tierOf(c).filter("tier2"::equals).isPresent())
                .toList();
        assertThat(tier2).hasSizeGreaterThan(100).contains("IN", "AE", "SG", "BR");
        assertThat(tier2).allSatisfy(c -> assertThat(sides.get(c)).as(c).containsExactly("at or above", "below"));
    }

    @Test
    void records_cloudProvidersClaimUveuAndChinaHasItsThreeSeries() {
        assertThat(WORLD.records()).filteredOn(l -> l.owner().equals("Microsoft"))
                .allMatch(l -> l.record().veu().equals(java.util.Optional.of("UVEU")));
        assertThat(WORLD.records()).filteredOn(l -> l.owner().equals("Meta"))
                .allMatch(l -> l.record().veu().isEmpty());
        assertThat(WORLD.records().stream().map(WorldDemand.Labelled::owner).filter(o -> o.startsWith("China: ")).distinct())
                .containsExactlyInAnyOrder("China: legal purchases", "China: H200 orders", "China: smuggling demand");
        assertThat(WORLD.demand().fleets().stockByProvider()).containsOnlyKeys(A.world().uveuProviders());
    }

    @Test
    void build_twice_givesTheSameRecords() {
        List<DemandRecord> again = WorldDemand.build(A).demand().records();
        List<DemandRecord> first = WORLD.demand().records();
        assertThat(again).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            DemandRecord a = first.get(i);
            DemandRecord b = again.get(i);
            assertThat(List.of(b.id(), b.date(), b.destination(), b.buyer(), b.quantity(), b.buyers()))
                    .isEqualTo(List.of(a.id(), a.date(), a.destination(), a.buyer(), a.quantity(), a.buyers()));
        }
    }

    @Test
    void range_anyDraw_keeps2025WithinTheSalesInterval() {
        List<DemandRecord> records = WORLD.demand().records();
        Calibration.YearTotal y2025 = WORLD.calibration().years().get(0);
        SplittableRandom random = new SplittableRandom(3);
        for (int run = 0; run < 20; run++) {
            double[] factors = WORLD.demand().range().factors(records, random);
            double total = 0;
            for (int i = 0; i < records.size(); i++) {
                DemandRecord r = records.get(i);
                boolean sales = !r.buyer().startsWith("Chinese buyers (H200") && !r.buyer().contains("smuggling");
                total += sales && r.date().getYear() == 2025 ? r.totalH100e() * factors[i] : 0;
            }
            assertThat(total).isBetween(y2025.sourceLow() * 0.999, y2025.sourceHigh() * 1.001);
        }
    }

    private static List<Placement.Mass> masses() {
        Tally tally = new Tally();
        var clusters = ClusterSites.read(tally);
        Set<String> excluded = EligibleCountries.excluded();
        var countries = Resources.table("countries.csv");
        CountryWeights weights = CountryWeights.fit(EligibleCountries.recorded(clusters), countries,
                EligibleCountries.eligible(countries, excluded));
        var sites = ObservedSites.read(clusters, Resources.table("data-center-timelines.csv"), OwnerGroups.bundled(),
                excluded, A.world().leadDays(), DemandOptions.DEFAULT.plannedUndated(), tally);
        return Placement.of(TOTALS, sites, weights, OwnerGroups.bundled(), A.world(), tally);
    }

    private static String key(String owner, String country, int year) {
        return owner + "|" + country + "|" + year;
    }
}
