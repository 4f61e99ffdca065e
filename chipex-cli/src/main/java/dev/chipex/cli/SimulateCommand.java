package dev.chipex.cli;

import dev.chipex.core.regime.Regime;
import dev.chipex.sim.Comparison;
import dev.chipex.sim.Simulation;
import dev.chipex.sim.scenario.Assumptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;

/** {@code chipex simulate}: one regime over the demand, with every metric. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {
                "Simulates one regime over demand data, with every metric.",
                "",
                "Runs one regime over demand (by default the world demand 2025-2030, calibrated on Epoch AI and "
                        + "World Bank data) through the decision engine, in date order with an in-memory quota "
                        + "ledger, and reports what would be shipped, blocked, licensed, diverted and substituted. "
                        + "'chipex compare' puts several side by side.",
                "",
                "Example: chipex simulate --regime option-2-us-monopoly --format json",
                "         chipex simulate --regime option-1-refined-tiers --runs 1 --records decisions.csv"})
final class SimulateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--regime", paramLabel = "ID", required = true, description = "The regime to simulate.")
    String regime;

    @Option(names = "--records", paramLabel = "FILE.csv", description = {
            "Also write every decided tranche of the first run (with --runs 1, the central one) with its outcome, "
            + "rule and quota effect, as CSV."})
    Path records;

    @Mixin
    SimulationOptions options;

    @Mixin
    RegimeFiles regimeFiles;

    @Override
    public void run() {
        Regime chosen = regimeFiles.catalog().get(regime);
        var err = spec.commandLine().getErr();
        Assumptions assumptions = options.assumptionSet();
        Simulation simulation = Simulation.of(List.of(chosen), options.demandSet(assumptions), assumptions);
        Comparison c = simulation.run(options.runs, options.seed, SimulationOptions.progress(err, options.runs));
        ComparisonOutput.print(options, c, chosen.id(), spec.commandLine().getOut(), err);
        if (records != null) {
            SimulationOptions.write("--records", records, simulation.records(options.runs, options.seed).csv());
            err.println("chipex: decisions written to " + records);
            err.flush();
        }
    }
}
