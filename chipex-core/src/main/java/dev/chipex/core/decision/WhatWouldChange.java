package dev.chipex.core.decision;

import dev.chipex.core.quota.QuotaBook;
import dev.chipex.core.regime.Agreement;
import dev.chipex.core.regime.Cited;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.Validity;
import dev.chipex.core.country.Confidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * For a license requirement, the nearest changes that would lift or soften it: a quantity that
 * fits an exception, validated-end-user status, a government-to-government agreement; and the
 * other regimes under which the same shipment is decided differently.
 */
public final class WhatWouldChange {
    private final Map<String, DecisionEngine> otherRegimes;

    /** @param engines every regime to compare against, by id, in the order to report them */
    public WhatWouldChange(Map<String, DecisionEngine> engines) {
        this.otherRegimes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(engines));
    }

    public List<Alternative> alternatives(DecisionEngine engine, Transaction t, Determination d, QuotaBook book) {
        List<Alternative> found = new ArrayList<>();
        if (d.outcome() == Outcome.LICENSE_REQUIRED) {
            d.shortfall().filter(s -> s.unitsThatFit() > 0).ifPresent(s -> found.add(Alternative.of("quantity",
                    Long.toString(s.unitsThatFit()), engine.decide(t.withQuantity(s.unitsThatFit()), book))));
            for (String veu : List.of("UVEU", "NVEU")) {
                if (t.veu().filter(veu::equalsIgnoreCase).isEmpty()) {
                    Determination asVeu = engine.decide(t.withVeu(Optional.of(veu)), book);
                    if (asVeu.licenseFree()) {
                        found.add(Alternative.of("veu", veu, asVeu));
                    }
                }
            }
            for (String kind : agreementKinds(engine.regime())) {
                Regime withAgreement = engine.regime().withAgreements(List.of(new Agreement(t.destination(), kind,
                        new Validity(Optional.of(t.date()), Optional.empty()),
                        new Cited("hypothetical agreement", Confidence.U, true, true), "what-if")));
                Determination agreed = DecisionEngine.of(withAgreement).decide(t, book);
                if (agreed.outcome() != d.outcome() || !agreed.policy().equals(d.policy())) {
                    found.add(Alternative.of("agreement", kind, agreed));
                }
            }
        }
        otherRegimes.forEach((id, other) -> {
            if (!id.equals(engine.regime().id())) {
                Determination there = other.decide(t, new dev.chipex.core.quota.InMemoryQuotaBook());
                if (there.outcome() != d.outcome() || !there.policy().equals(d.policy())
                        || !there.exception().equals(d.exception())) {
                    found.add(Alternative.of("regime", id, there));
                }
            }
        });
        return found;
    }

    private static Set<String> agreementKinds(Regime regime) {
        Set<String> kinds = new LinkedHashSet<>();
        regime.groups().values().forEach(g -> kinds.addAll(g.agreementKinds()));
        regime.allocations().forEach(a -> kinds.add(a.agreementKind()));
        return kinds;
    }
}
