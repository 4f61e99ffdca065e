package dev.chipex.sim;

import dev.chipex.core.explanation.Explainer;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Items;
import dev.chipex.core.decision.Outcome;
import dev.chipex.core.decision.RegimeDiff;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.Cited;
import dev.chipex.core.regime.Condition;
import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.Facts;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.regime.ReviewPolicy;
import dev.chipex.core.regime.Validity;
import dev.chipex.core.country.Confidence;
import dev.chipex.sim.demand.DemandCsv;
import dev.chipex.sim.demand.DemandSet;
import dev.chipex.sim.scenario.AssumptionsLoader;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new kind of condition, on a fact no built-in condition reads the way it does (the consignee's
 * name against a list of parties, what a first screening step looks like), added through the
 * public API: {@code check} (the engine every front door calls), {@code simulate} and
 * {@code regimes diff} must all decide the listed party's shipment by it. Before the one decision
 * path, cached plans keyed on what the built-in conditions read made simulate and diff miss it.
 */
class ConditionOnAnyFactTest {
    private static final LocalDate DATE = LocalDate.of(2026, 3, 2);
    /** The name regimes diff gives the consignee it probes in Cambodia: listed, so the diff must see it. */
    private static final String LISTED = "consignee in KH";

    /** Holds when the consignee is one of the listed parties, whatever their case. */
    record ListedParty(Set<String> parties) implements Condition.Defined {
        ListedParty {
            parties = parties.stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        }

        public boolean holds(Facts facts) {
            return parties.contains(facts.consignee().toLowerCase(Locale.ROOT));
        }

        public String describe() {
            return "consignee is a listed party";
        }

        public List<String> groups() {
            return List.of();
        }
    }

    private static final Regime BASE = RegimeCatalog.builtIn().get("option-3-embargo-only");
    private static final Regime SCREENED = screened(BASE);

    private static Regime screened(Regime r) {
        Control screening = new Control("screening.listed-party", 0, "Listed party", "license for every item to a listed party",
                new Cited("test fixture", Confidence.U, false, true), Validity.ALWAYS,
                List.of(new ListedParty(Set.of(LISTED))), List.of(), ReviewPolicy.PRESUMPTION_OF_DENIAL, Optional.empty());
        List<Control> controls = new ArrayList<>();
        controls.add(screening);
        controls.addAll(r.controls());
        return new Regime("screened", "Screened", r.citation(), r.version(), r.statuses(), r.effective(), r.compliance(),
                r.extendsId(), r.assumptions(), r.tiers(), r.groups(), r.parameters(), controls, r.exceptions(),
                r.allocations(), r.agreements(), r.deals(), r.modelWeights(), r.source());
    }

    private static Transaction shipment(String consignee) {
        return new Transaction("t-" + consignee, DATE, Items.fromCatalog("item", "NVIDIA H100 SXM"), 1_000, "KH", consignee,
                "KH", Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void check_listedParty_licenseRequiredByTheNewControl() {
        DecisionEngine engine = DecisionEngine.of(SCREENED);

        Determination listed = engine.decide(shipment(LISTED), new InMemoryQuotaBook());
        Determination other = engine.decide(shipment("Angkor Compute"), new InMemoryQuotaBook());

        assertThat(listed.outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
        assertThat(listed.rule()).contains("screening.listed-party");
        assertThat(listed.policy()).contains(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(Explainer.of(engine).paragraph(listed)).contains("Listed party");
        assertThat(other.rule()).isNotEqualTo(listed.rule());
        assertThat(other).as("only the listed party is decided differently").usingRecursiveComparison()
                .ignoringFields("regime", "trace")
                .isEqualTo(DecisionEngine.of(BASE).decide(shipment("Angkor Compute"), new InMemoryQuotaBook()));
    }

    @Test
    void simulate_listedPartysDemand_blockedByTheNewControl() {
        DemandSet demand = DemandCsv.parse("listed.csv", "id,date,item,quantity,destination,consignee,consignee_hq\n"
                + "listed," + DATE + ",NVIDIA H100 SXM,1000,KH," + LISTED + ",KH\n"
                + "other," + DATE + ",NVIDIA H100 SXM,1000,KH,Angkor Compute,KH\n");
        String denied = "{approval: {value: 0, low: 0, high: 0}}";
        var assumptions = AssumptionsLoader.withOverrides("test", "licenseReview:\n  presumption-of-denial: " + denied + "\n");

        Comparison compared = Simulation.of(List.of(SCREENED, BASE), demand, assumptions).run(1, 1, Progress.NONE);

        RegimeResult screened = compared.regimes().get(0);
        RegimeResult base = compared.regimes().get(1);
        assertThat(screened.blockedByControl()).containsKey("screening.listed-party");
        assertThat(screened.blockedByControl().get("screening.listed-party").value()).isEqualTo(1000.0);
        assertThat(base.blockedByControl()).doesNotContainKey("screening.listed-party");
        assertThat(screened.get(Metric.BLOCKED_H100E).value() - base.get(Metric.BLOCKED_H100E).value())
                .as("only the listed party's 1,000 H100e more").isEqualTo(1000.0);
    }

    @Test
    void regimesDiff_listedPartyProbed_cambodiaDiffersByTheNewControl() {
        List<RegimeDiff.Row> rows = new RegimeDiff().diff(DecisionEngine.of(SCREENED), DecisionEngine.of(BASE), DATE);

        assertThat(rows).filteredOn(r -> r.headquarters().equals(RegimeDiff.IN_DESTINATION)
                        && r.itemClass().startsWith("3A090.a datacenter") && r.quantity() == 1_000)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.countries()).containsExactly("KH");
                    assertThat(r.leftRule()).isEqualTo("screening.listed-party");
                    assertThat(r.left()).isEqualTo("LICENSE_REQUIRED presumption-of-denial");
                });
    }
}
