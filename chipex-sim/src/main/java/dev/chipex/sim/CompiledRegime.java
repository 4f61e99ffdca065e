package dev.chipex.sim;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.regime.Deal;
import dev.chipex.core.regime.Regime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A regime compiled once into an engine for every combination of its deals being reached or
 * not, so a Monte Carlo run only picks one. Regimes with many deals fall back to all-reached.
 */
final class CompiledRegime {
    private static final int MAX_DEALS = 6;

    private final Regime regime;
    private final Map<Integer, DecisionEngine> engines = new HashMap<>();

    CompiledRegime(Regime regime) {
        this.regime = regime;
        int deals = regime.deals().size();
        int combinations = deals <= MAX_DEALS ? 1 << deals : 1;
        for (int mask = 0; mask < combinations; mask++) {
            engines.put(mask, DecisionEngine.of(deals <= MAX_DEALS ? withDeals(mask) : regime));
        }
    }

    Regime regime() {
        return regime;
    }

    /** The engine for the deals this run reaches. */
    DecisionEngine engine(Draw draw) {
        if (regime.deals().size() > MAX_DEALS) {
            return engines.get(0);
        }
        int mask = 0;
        for (int i = 0; i < regime.deals().size(); i++) {
            if (draw.dealReached(regime.deals().get(i).id())) {
                mask |= 1 << i;
            }
        }
        return engines.get(mask);
    }

    private Regime withDeals(int mask) {
        List<Deal> kept = new ArrayList<>();
        for (int i = 0; i < regime.deals().size(); i++) {
            if ((mask & (1 << i)) != 0) {
                kept.add(regime.deals().get(i));
            }
        }
        Regime r = regime;
        return new Regime(r.id(), r.title(), r.citation(), r.version(), r.statuses(), r.effective(), r.compliance(),
                r.extendsId(), r.assumptions(), r.tiers(), r.groups(), r.parameters(), r.controls(), r.exceptions(),
                r.allocations(), r.agreements(), kept, r.modelWeights(), r.source());
    }
}
