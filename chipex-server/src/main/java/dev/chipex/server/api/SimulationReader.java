package dev.chipex.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.regime.Regime;
import dev.chipex.server.jobs.SimulationSpec;
import dev.chipex.sim.demand.DemandOptions;
import dev.chipex.sim.scenario.Assumptions;
import dev.chipex.sim.scenario.AssumptionsLoader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a simulate or compare request with the options of {@code chipex simulate|compare}:
 * {@code runs} (default 20, at most the server's limit, else 422), {@code seed}, {@code stockBefore},
 * {@code shiftTo} and {@code assumptions} (an object of the bundled assumptions.yaml's shape,
 * merged over the defaults). Demand is always the bundled Epoch AI data.
 */
final class SimulationReader {
    private static final Set<String> COMMON = Set.of("runs", "seed", "stockBefore", "shiftTo", "assumptions");
    private final Engines engines;
    private final Limits limits;

    SimulationReader(Engines engines, Limits limits) {
        this.engines = engines;
        this.limits = limits;
    }

    SimulationSpec compare(JsonNode body) {
        List<Problem> problems = new ArrayList<>();
        Fields f = new Fields(body, "", problems, limits.maxText());
        f.onlyKnown(with("regimes", "baseline"));
        List<Regime> regimes = new ArrayList<>();
        List<String> ids = f.texts("regimes", 32);
        if (ids.isEmpty()) {
            regimes.addAll(engines.catalog().all());
        }
        for (int i = 0; i < ids.size(); i++) {
            regime(f, "regimes[" + i + "]", ids.get(i)).ifPresent(regimes::add);
        }
        List<String> chosen = regimes.stream().map(Regime::id).toList();
        String baseline = f.text("baseline").orElse(chosen.contains("ai-diffusion-2025") ? "ai-diffusion-2025"
                : chosen.isEmpty() ? "" : chosen.get(0));
        if (!chosen.isEmpty() && !chosen.contains(baseline)) {
            f.problem("baseline", "'" + baseline + "' is not among the compared regimes (" + String.join(", ", chosen)
                    + "): add it to regimes or pick one of them");
        }
        return spec("compare", f, problems, body, regimes, baseline);
    }

    SimulationSpec simulate(JsonNode body) {
        List<Problem> problems = new ArrayList<>();
        Fields f = new Fields(body, "", problems, limits.maxText());
        f.onlyKnown(with("regime"));
        Optional<Regime> regime = f.required("regime", "a regime id, e.g. option-2-us-monopoly (GET /api/v1/regimes)")
                .flatMap(id -> regime(f, "regime", id));
        return spec("simulate", f, problems, body, regime.map(List::of).orElse(List.of()),
                regime.map(Regime::id).orElse(""));
    }

    private SimulationSpec spec(String kind, Fields f, List<Problem> problems, JsonNode body, List<Regime> regimes,
                                String baseline) {
        int runs = (int) f.whole("runs", 20, 1, Integer.MAX_VALUE);
        if (runs > limits.maxRuns()) {
            f.problem("runs", "this server runs at most " + limits.maxRuns() + " Monte Carlo runs per job, got " + runs
                    + ": ask for fewer (the CLI's 'chipex " + kind + " --runs' has no limit)");
        }
        long seed = f.whole("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        DemandOptions demand = DemandOptions.DEFAULT.withStockBefore(f.date("stockBefore")
                .orElse(DemandOptions.DEFAULT.stockBefore()));
        long shiftTo = f.whole("shiftTo", 0, 2000, 2100);
        if (shiftTo > 0) {
            demand = demand.withShiftTo((int) shiftTo);
        }
        Assumptions assumptions = assumptions(body.path("assumptions"), problems);
        LedgerInput.throwIfAny(problems);
        return new SimulationSpec(kind, regimes, baseline, demand, assumptions, runs, seed);
    }

    private static Assumptions assumptions(JsonNode node, List<Problem> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return AssumptionsLoader.defaults();
        }
        if (!node.isObject()) {
            problems.add(Problem.of("assumptions", "expected an object shaped like the bundled assumptions.yaml"));
            return null;
        }
        try {
            // JSON is YAML, so the loader that reads --assumptions files reads the object as it is.
            return AssumptionsLoader.withOverrides("assumptions", Json.mapper().writeValueAsString(node));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        } catch (JsonProcessingException e) {
            problems.add(Problem.of("assumptions", "cannot be read: " + e.getOriginalMessage()));
            return null;
        }
    }

    private Optional<Regime> regime(Fields f, String path, String id) {
        try {
            return Optional.of(engines.regime(path, id));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> f.problem(path, p.message()));
            return Optional.empty();
        }
    }

    private static Set<String> with(String... more) {
        Set<String> known = new java.util.HashSet<>(COMMON);
        known.addAll(List.of(more));
        return known;
    }
}
