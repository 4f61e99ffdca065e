package dev.chipex.cli;

import dev.chipex.core.regime.Regime;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.sim.Comparison;
import dev.chipex.sim.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;

/** {@code chipex simulate}: one regime over the demand, with every metric. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {
                "Simulates one regime over demand data, with every metric.",
                "",
                "Runs one regime over demand (by default the Epoch AI GPU cluster data) through the decision "
                        + "engine, in date order with an in-memory quota ledger, and reports what would be shipped, "
                        + "blocked, licensed, diverted and substituted. 'chipex compare' puts several side by side.",
                "",
                "Example: chipex simulate --regime option-2-us-monopoly --format json"})
final class SimulateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--regime", paramLabel = "ID", required = true, description = "The regime to simulate.")
    String regime;

    @Mixin
    SimulationOptions options;

    @Override
    public void run() {
        Regime chosen = RegimeCatalog.builtIn().get(regime);
        var err = spec.commandLine().getErr();
        Comparison c = Simulation.of(List.of(chosen), options.demandSet(), options.assumptionSet())
                .run(options.runs, options.seed, SimulationOptions.progress(err, options.runs));
        ComparisonOutput.print(options, c, chosen.id(), spec.commandLine().getOut(), err);
    }
}
