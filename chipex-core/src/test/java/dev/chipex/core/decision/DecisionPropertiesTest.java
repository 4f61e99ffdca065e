package dev.chipex.core.decision;

import dev.chipex.core.country.DatedMembership;
import dev.chipex.core.item.Classifier;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.Agreement;
import dev.chipex.core.regime.Cited;
import dev.chipex.core.regime.DatedValue;
import dev.chipex.core.regime.GroupDefinition;
import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.Parameter;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.regime.Validity;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of ARCHITECTURE.md 5 over generated transactions and every built-in regime. */
class DecisionPropertiesTest {
    private static final RegimeCatalog REGIMES = RegimeCatalog.builtIn();

    @Provide
    Arbitrary<Transaction> transactions() {
        return DecisionArbitraries.transactions();
    }

    @Provide
    Arbitrary<String> regimes() {
        return DecisionArbitraries.regimes();
    }

    @Property(tries = 400)
    void determination_sameInputs_isReproducible(@ForAll("regimes") String id, @ForAll("transactions") Transaction t) {
        Determination first = DecisionEngine.of(REGIMES.get(id)).decide(t, new InMemoryQuotaBook());
        Determination second = DecisionEngine.of(REGIMES.get(id)).decide(t, new InMemoryQuotaBook());
        assertThat(second).isEqualTo(first);
    }

    @Property(tries = 300)
    void raisingQuotaParameters_anyRegime_neverAddsARequirement(@ForAll("regimes") String id,
                                                                 @ForAll("transactions") Transaction t,
                                                                 @ForAll @DoubleRange(min = 1.0, max = 20.0) double factor) {
        Regime regime = REGIMES.get(id);
        Regime raised = regime;
        for (Parameter p : regime.parameters().values()) {
            if (p.unit().equals("tpp") || p.unit().equals("h100e") || p.unit().equals("chips")) {
                raised = raised.withParameter(p.withValues(p.values().stream()
                        .map(v -> new DatedValue(v.from(), v.value() * factor)).collect(Collectors.toList())));
            }
        }
        assertNotTighter(DecisionEngine.of(regime).decide(t, new InMemoryQuotaBook()),
                DecisionEngine.of(raised).decide(t, new InMemoryQuotaBook()));
    }

    @Property(tries = 300)
    void raisingEccnThresholds_anyRegime_neverAddsARequirement(@ForAll("regimes") String id,
                                                                @ForAll("transactions") Transaction t,
                                                                @ForAll @DoubleRange(min = 1.0, max = 4.0) double factor) {
        Classifier raised = Classifier.bundled().with(p -> p.scaled(factor));
        assertNotTighter(DecisionEngine.of(REGIMES.get(id)).decide(t, new InMemoryQuotaBook()),
                DecisionEngine.of(REGIMES.get(id), raised).decide(t, new InMemoryQuotaBook()));
    }

    @Property(tries = 300)
    void addingG2gAgreement_anyRegime_neverAddsARequirement(@ForAll("regimes") String id,
                                                             @ForAll("transactions") Transaction t) {
        Regime regime = REGIMES.get(id);
        Agreement g2g = new Agreement(t.destination(), "g2g", Validity.ALWAYS, new Cited("property test",
                dev.chipex.core.country.Confidence.C, false, false), "");
        assertNotTighter(DecisionEngine.of(regime).decide(t, new InMemoryQuotaBook()),
                DecisionEngine.of(regime.withAgreements(List.of(g2g))).decide(t, new InMemoryQuotaBook()));
    }

    @Property(tries = 400)
    void movingTier2CountryToTier1_aiDiffusion_neverAddsARequirement(@ForAll("transactions") Transaction t,
                                                                      @ForAll("countryInTransaction") int which) {
        Regime regime = REGIMES.get("ai-diffusion-2025");
        String country = which == 0 ? t.destination() : t.consigneeHeadquarters();
        Assume.that(GroupResolver.of(regime).contains("tier2", country, t.date()));
        GroupDefinition tier1 = regime.groups().get("tier1");
        List<DatedMembership> members = new ArrayList<>(tier1.countries());
        members.add(new DatedMembership(country, Optional.empty(), Optional.empty(), tier1.cited().confidence(), "test"));
        Regime moved = regime.withGroup(new GroupDefinition(tier1.id(), tier1.title(), tier1.cited(), members,
                tier1.union(), tier1.allCountries(), tier1.agreementKinds(), tier1.minus()));
        assertNotTighter(DecisionEngine.of(regime).decide(t, new InMemoryQuotaBook()),
                DecisionEngine.of(moved).decide(t, new InMemoryQuotaBook()));
    }

    /** "Flood the zone" lifts controls: from the day it takes effect it is nowhere stricter than the pre-2025 controls (#19). */
    @Property(tries = 400)
    void embargoOnly_fromItsEffectiveDate_neverStricterThanPre2025(@ForAll("transactions") Transaction any) {
        Regime embargoOnly = REGIMES.get("option-3-embargo-only");
        java.time.LocalDate effective = embargoOnly.effective().orElseThrow();
        java.time.LocalDate date = any.date().isBefore(effective)
                ? effective.plusDays(Math.floorMod(any.date().toEpochDay(), 900)) : any.date();
        Transaction t = new Transaction(any.id(), date, any.item(), any.quantity(), any.destination(), any.consignee(),
                any.consigneeHeadquarters(), any.parentHeadquarters(), any.veu(), any.endUse());
        assertNotTighter(DecisionEngine.of(REGIMES.get("pre-2025")).decide(t, new InMemoryQuotaBook()),
                DecisionEngine.of(embargoOnly).decide(t, new InMemoryQuotaBook()));
    }

    @Provide
    Arbitrary<List<Transaction>> batches() {
        return DecisionArbitraries.transactions().list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<Integer> countryInTransaction() {
        return net.jqwik.api.Arbitraries.of(0, 1);
    }

    @Property(tries = 60)
    void batch_anyRegime_neverTakesAQuotaBelowZero(@ForAll("regimes") String id,
                                                  @ForAll("batches") List<Transaction> batch) {
        DecisionEngine engine = DecisionEngine.of(REGIMES.get(id));
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        java.util.Map<dev.chipex.core.quota.QuotaAccount, Long> capacity = new java.util.HashMap<>();
        batch.stream().sorted(java.util.Comparator.comparing(Transaction::date)).forEach(t -> {
            Determination d = engine.decide(t, book);
            List<QuotaDebit> debits = new ArrayList<>(d.debits());
            if (d.policy().filter(p -> p == dev.chipex.core.regime.ReviewPolicy.PRESUMPTION_OF_APPROVAL).isPresent()) {
                d.onApproval().ifPresent(debits::add);
            }
            debits.forEach(x -> capacity.merge(x.account(), x.capacityTpp(), Math::min));
            book.apply(debits);
        });
        book.snapshot().forEach((account, used) -> assertThat(used).as(account.id()).isBetween(0L, capacity.get(account)));
    }

    /** License-free stays license-free; when both need a license, the policy is no stricter. */
    static void assertNotTighter(Determination original, Determination loosened) {
        String why = "\noriginal: " + original + "\nloosened: " + loosened;
        if (original.licenseFree()) {
            assertThat(loosened.licenseFree()).as("a license-free shipment stays license-free" + why).isTrue();
        } else if (!loosened.licenseFree()) {
            assertThat(loosened.policy().orElseThrow().ordinal()).as("review policy no stricter" + why)
                    .isLessThanOrEqualTo(original.policy().orElseThrow().ordinal());
        }
    }
}
