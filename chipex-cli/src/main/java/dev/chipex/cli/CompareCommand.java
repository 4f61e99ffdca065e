package dev.chipex.cli;

import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.sim.Comparison;
import dev.chipex.sim.Simulation;
import dev.chipex.sim.scenario.Assumptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code chipex compare}: several regimes over the same demand, side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {
                "Compares regimes side by side over real demand data.",
                "",
                "Runs regimes over demand (by default the world demand 2025-2030, calibrated on Epoch AI and World "
                        + "Bank data) through the decision engine, in date order with an in-memory quota ledger, and "
                        + "compares them on control (share of the world's compute in Tier 1, diversion), promotion "
                        + "(US exports, revenue, foreign demand served) and leverage (compute that depends on a "
                        + "license, VEU or deal), then country by country and fleet by fleet.",
                "",
                "Example: chipex compare --runs 50 --seed 7 --report out.html",
                "         chipex compare --regimes my-reform,ai-diffusion-2025 --regime-file reform.yaml"})
final class CompareCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--regimes", paramLabel = "A,B,...|all", defaultValue = "all",
            description = "Regimes to compare, by id, or all built-in ones (default: ${DEFAULT-VALUE}).")
    String regimes;

    @Option(names = "--baseline", paramLabel = "ID",
            description = "The regime the table's differences are taken from (default: ai-diffusion-2025 when compared, else the first).")
    String baseline;

    @Mixin
    SimulationOptions options;

    @Mixin
    RegimeFiles regimeFiles;

    @Override
    public void run() {
        List<Regime> chosen = chosen();
        String base = baseline(chosen);
        var err = spec.commandLine().getErr();
        Assumptions assumptions = options.assumptionSet();
        Comparison c = Simulation.of(chosen, options.demandSet(assumptions), assumptions)
                .run(options.runs, options.seed, SimulationOptions.progress(err, options.runs));
        ComparisonOutput.print(options, c, base, spec.commandLine().getOut(), err);
    }

    private List<Regime> chosen() {
        RegimeCatalog catalog = regimeFiles.catalog();
        if (regimes.strip().equals("all")) {
            return catalog.all();
        }
        List<Regime> out = new ArrayList<>();
        for (String id : Arrays.stream(regimes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            out.add(catalog.get(id));
        }
        if (out.isEmpty()) {
            throw InvalidInputException.of("--regimes", "name at least one regime id, or 'all'");
        }
        return out;
    }

    private String baseline(List<Regime> chosen) {
        List<String> ids = chosen.stream().map(Regime::id).toList();
        if (baseline == null) {
            return ids.contains("ai-diffusion-2025") ? "ai-diffusion-2025" : ids.get(0);
        }
        if (!ids.contains(baseline)) {
            throw InvalidInputException.of("--baseline", "'" + baseline + "' is not among the compared regimes ("
                    + String.join(", ", ids) + "): add it to --regimes or pick one of them");
        }
        return baseline;
    }
}
