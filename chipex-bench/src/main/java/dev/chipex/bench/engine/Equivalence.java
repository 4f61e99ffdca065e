package dev.chipex.bench.engine;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.RegimeCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides the same shipments with chipex and with the DMN table and lists where they differ, so
 * a benchmark never compares two deciders that answer different questions.
 */
public final class Equivalence {
    private Equivalence() {
    }

    /** What one comparison found: how often each verdict came up, and every disagreement. */
    public record Report(String regime, int compared, Map<Verdict, Integer> verdicts, List<String> differences) {
        public Report {
            verdicts = Map.copyOf(verdicts);
            differences = List.copyOf(differences);
        }
    }

    public static Report check(String regimeId, List<Shipment> shipments) {
        DecisionEngine engine = DecisionEngine.of(RegimeCatalog.builtIn().get(regimeId));
        DmnTierDecision dmn = DmnTierDecision.of(regimeId);
        Map<Verdict, Integer> verdicts = new TreeMap<>(java.util.Comparator.comparing(Verdict::toString));
        List<String> differences = new ArrayList<>();
        for (Shipment s : shipments) {
            Verdict chipex = Verdict.of(engine.decide(s.toTransaction(), new InMemoryQuotaBook()));
            Verdict table = dmn.decide(dmn.inputs(s));
            verdicts.merge(chipex, 1, Integer::sum);
            if (!chipex.equals(table)) {
                differences.add(s + ": chipex " + chipex + ", DMN " + table);
            }
        }
        return new Report(regimeId, shipments.size(), verdicts, differences);
    }
}
