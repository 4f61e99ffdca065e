package dev.chipex.sim;

import dev.chipex.core.country.DatedMembership;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.item.Classifier;
import dev.chipex.core.regime.DatedValue;
import dev.chipex.core.regime.GroupDefinition;
import dev.chipex.core.regime.Parameter;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.sim.demand.Dataset;
import dev.chipex.sim.demand.DemandItems;
import dev.chipex.sim.demand.DemandRecord;
import dev.chipex.sim.demand.DemandSet;
import dev.chipex.sim.scenario.Assumptions;
import dev.chipex.sim.scenario.AssumptionsLoader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relations between whole simulations on generated demand in two Tier 2 countries (India, Brazil):
 * buyers alone and in classes, of any size, on any day from mid-2025 to 2027. Licenses under a
 * presumption of approval are approved, with a presumption of denial refused: an approval despite a
 * presumption of denial does not draw on the allocation, so with such approvals a higher cap can
 * let fewer H100e through (the cap admits an earlier large order that then takes the room a later
 * one would have had, while without it the large order goes through by approval beyond the cap).
 */
class SimulationPropertiesTest {
    private static final Regime DIFFUSION = RegimeCatalog.builtIn().get("ai-diffusion-2025");
    private static final Assumptions APPROVE_WITHIN = AssumptionsLoader.withOverrides("test", """
            licenseReview:
              presumption-of-approval: {approval: {value: 1, low: 1, high: 1}}
              case-by-case: {approval: {value: 1, low: 1, high: 1}}
              presumption-of-denial: {approval: {value: 0, low: 0, high: 0}}
            """);
    private static final DemandItems ITEMS = new DemandItems(ChipCatalog.bundled(), Classifier.bundled().h100eTpp());

    @Property(tries = 60)
    void higherCap_neverLowersWhatShipsToAnyCountry(@ForAll("demand") DemandSet demand,
                                                    @ForAll @DoubleRange(min = 1.01, max = 8) double factor) {
        Parameter cap = DIFFUSION.parameters().get("tier2-allocation");
        Regime higher = DIFFUSION.withParameter(cap.withValues(cap.values().stream()
                .map(v -> new DatedValue(v.from(), v.value() * factor)).toList()));
        List<RegimeResult> r = simulate(demand, List.of(DIFFUSION, higher));
        for (String country : List.of("IN", "BR")) {
            assertThat(shipped(r.get(1), country)).as(country).isGreaterThanOrEqualTo(shipped(r.get(0), country) - 1e-6);
        }
    }

    @Property(tries = 60)
    void movingACountryToTier1_neverAddsALicenseThere(@ForAll("demand") DemandSet demand) {
        GroupDefinition tier1 = DIFFUSION.groups().get("tier1");
        List<DatedMembership> members = new ArrayList<>(tier1.countries());
        members.add(new DatedMembership("IN", Optional.empty(), Optional.empty(), tier1.cited().confidence(), "test"));
        Regime moved = DIFFUSION.withGroup(new GroupDefinition(tier1.id(), tier1.title(), tier1.cited(), members,
                tier1.union(), tier1.allCountries(), tier1.agreementKinds(), tier1.minus()));
        List<RegimeResult> r = simulate(demand, List.of(DIFFUSION, moved));
        assertThat(applications(r.get(1), "IN")).isLessThanOrEqualTo(applications(r.get(0), "IN") + 1e-9);
        assertThat(shipped(r.get(1), "IN")).isGreaterThanOrEqualTo(shipped(r.get(0), "IN") - 1e-6);
    }

    @Property(tries = 60)
    void aClassOfBuyers_shipsWithinOneOrderOfAsManyBuyersOfTheirOwn(
            @ForAll @IntRange(min = 1, max = 12) int buyers, @ForAll @IntRange(min = 100, max = 30_000) int quantity,
            @ForAll @IntRange(min = 0, max = 900) int day) {
        LocalDate date = LocalDate.of(2025, 6, 1).plusDays(day);
        var h100 = ITEMS.item("NVIDIA H100 SXM", 1, 1);
        DemandSet together = set(List.of(new DemandRecord("class", date, "IN", "IN class", "IN", h100, quantity, quantity,
                Optional.empty(), buyers)));
        List<DemandRecord> alone = new ArrayList<>();
        for (int b = 0; b < buyers; b++) {
            alone.add(new DemandRecord("alone-" + (100 + b), date, "IN", "IN buyer " + b, "IN", h100, quantity, quantity,
                    Optional.empty(), 1));
        }
        double a = shipped(simulate(together, List.of(DIFFUSION)).get(0), "IN");
        double b = shipped(simulate(set(alone), List.of(DIFFUSION)).get(0), "IN");
        // Alone, the buyer whose order no longer fits the allocation is refused whole; in a class, the part that fits ships.
        assertThat(Math.abs(a - b)).isLessThanOrEqualTo(quantity + 1e-6);
        assertThat(a).isGreaterThanOrEqualTo(b - 1e-6);
    }

    @Provide
    Arbitrary<DemandSet> demand() {
        Arbitrary<Object[]> record = Combinators.combine(Arbitraries.of("IN", "BR"), Arbitraries.integers().between(0, 940),
                Arbitraries.integers().between(1, 40_000), Arbitraries.of(1.0, 1.0, 2.5, 12.0, 40.0),
                Arbitraries.integers().between(0, 3)).as((country, day, quantity, buyers, who) ->
                new Object[] {country, day, quantity, buyers, who});
        return record.list().ofMinSize(1).ofMaxSize(14).map(rows -> {
            var h100 = ITEMS.item("NVIDIA H100 SXM", 1, 1);
            List<DemandRecord> records = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                String country = (String) r[0];
                int quantity = (Integer) r[2];
                records.add(new DemandRecord("r" + (1000 + i), LocalDate.of(2025, 6, 1).plusDays((Integer) r[1]), country,
                        country + " buyer " + r[4], country, h100, quantity, quantity, Optional.empty(), (Double) r[3]));
            }
            return set(records);
        });
    }

    private static DemandSet set(List<DemandRecord> records) {
        return new DemandSet(new Dataset("generated", "-", "-", "-", records.size(), List.of()), records, Map.of());
    }

    private static List<RegimeResult> simulate(DemandSet demand, List<Regime> regimes) {
        return Simulation.of(regimes, demand, APPROVE_WITHIN).run(1, 1, Progress.NONE).regimes();
    }

    private static double shipped(RegimeResult r, String country) {
        return r.countries().stream().filter(c -> c.country().equals(country))
                .mapToDouble(c -> c.shippedH100e().value()).sum();
    }

    private static double applications(RegimeResult r, String country) {
        return r.countries().stream().filter(c -> c.country().equals(country))
                .mapToDouble(c -> c.licenseApplications().value()).sum();
    }
}
