package dev.chipex.sim;

import dev.chipex.core.ledger.FleetShareRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Folds one regime's per-run fleet shares into a {@link FleetResult} per holder. */
final class Fleets {
    private Fleets() {
    }

    static List<FleetResult> of(List<RunTally> runs, DemandFacts facts, FleetLimits limits, LocalDate end) {
        List<FleetResult> out = new ArrayList<>();
        for (int p = 0; p < facts.providers.length; p++) {
            int holder = p;
            List<FleetTally.Shares> shares = runs.stream().map(t -> t.fleetShares.get(holder)).toList();
            Optional<FleetResult.Limits> rules = Optional.empty();
            if (limits.binds()) {
                FleetShareRules r = limits.on(end, facts.providerHomes[p]);
                rules = Optional.of(new FleetResult.Limits(r.minimumTier1Share(), r.maximumShareInOneTier2Country(),
                        r.minimumHomeShare()));
            }
            out.add(new FleetResult(facts.providers[p], facts.providerHomes[p], figure(shares, FleetTally.Shares::fleetH100e),
                    figure(shares, FleetTally.Shares::us), figure(shares, FleetTally.Shares::tier1),
                    figure(shares, FleetTally.Shares::outsideTier1), byKey(shares, FleetTally.Shares::tier2),
                    byKey(shares, FleetTally.Shares::boundByRule), rules));
        }
        return out;
    }

    private static Figure figure(List<FleetTally.Shares> runs, java.util.function.ToDoubleFunction<FleetTally.Shares> f) {
        return Figure.of(runs.stream().mapToDouble(f).toArray());
    }

    private static Map<String, Figure> byKey(List<FleetTally.Shares> runs,
                                             Function<FleetTally.Shares, Map<String, Double>> part) {
        TreeSet<String> keys = new TreeSet<>();
        runs.forEach(s -> keys.addAll(part.apply(s).keySet()));
        Map<String, Figure> out = new TreeMap<>();
        for (String key : keys) {
            out.put(key, Figure.of(runs.stream().mapToDouble(s -> part.apply(s).getOrDefault(key, 0.0)).toArray()));
        }
        return out;
    }
}
