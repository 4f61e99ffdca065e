package dev.chipex.sim;

import dev.chipex.core.regime.Regime;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Folds one regime's per-run tallies into figures (median and 90% interval). */
final class Aggregation {
    private Aggregation() {
    }

    static RegimeResult of(Regime regime, List<List<RunTally>> byRun, int index, DemandFacts facts, FleetLimits limits,
                           LocalDate end) {
        List<RunTally> runs = byRun.stream().map(r -> r.get(index)).toList();
        Map<Metric, Figure> metrics = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            metrics.put(m, Figure.of(runs.stream().mapToDouble(t -> t.get(m)).toArray()));
        }
        return new RegimeResult(regime.id(), regime.title(), metrics, fold(runs, t -> t.shippedByTier),
                fold(runs, t -> t.blockedByControl), fold(runs, t -> stringKeys(t.shippedByYear)),
                fold(runs, t -> t.shippedByCountry), EffectiveTiers.of(regime), CountryYears.of(runs, facts),
                Fleets.of(runs, facts, limits, end));
    }

    private static Map<String, Figure> fold(List<RunTally> runs, Function<RunTally, Map<String, Double>> part) {
        TreeSet<String> keys = new TreeSet<>();
        runs.forEach(t -> keys.addAll(part.apply(t).keySet()));
        Map<String, Figure> out = new TreeMap<>();
        for (String key : keys) {
            out.put(key, Figure.of(runs.stream().mapToDouble(t -> part.apply(t).getOrDefault(key, 0.0)).toArray()));
        }
        return out;
    }

    private static Map<String, Double> stringKeys(Map<Integer, Double> byYear) {
        Map<String, Double> out = new TreeMap<>();
        byYear.forEach((year, value) -> out.put(String.valueOf(year), value));
        return out;
    }
}
