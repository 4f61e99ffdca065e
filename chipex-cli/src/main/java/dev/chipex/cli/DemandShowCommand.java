package dev.chipex.cli;

import dev.chipex.cli.output.OutputFormat;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.sim.scenario.Assumptions;
import dev.chipex.sim.scenario.AssumptionsLoader;
import dev.chipex.sim.world.DemandBreakdown;
import dev.chipex.sim.world.WorldDemand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;

/** {@code chipex demand show}: the world demand by year, country, owner or size, beside its sources and notes. */
@Command(name = "show", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = {"Shows the world demand summed by year, destination, owner or buyer size, its totals next to "
                + "the source totals they were calibrated on (and the US and China shares next to Epoch AI's), and "
                + "the notes: what was fitted, corrected, dropped and defaulted, with counts."},
        footerHeading = "%nExamples:%n",
        footer = {"  chipex demand show", "  chipex demand show --by country --format csv",
                "  chipex demand show --by size --assumptions sweep.yaml"})
final class DemandShowCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--by", paramLabel = "year|country|owner|size", defaultValue = "year",
            description = "What to sum by (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--assumptions", paramLabel = "FILE", description = {
            "YAML overriding any default assumption, e.g. worldDemand.buyerSizes.paretoAlpha; same shape as the "
            + "bundled assumptions.yaml."})
    Path assumptions;

    @Override
    public void run() {
        format.requireOneOf("demand show", OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.CSV);
        DemandBreakdown.By key;
        try {
            key = DemandBreakdown.By.parse(by);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("--by", e.getMessage());
        }
        Assumptions a = assumptions == null ? AssumptionsLoader.defaults()
                : AssumptionsLoader.withOverrides(assumptions.toString(), SimulationOptions.read("--assumptions", assumptions));
        WorldDemand demand = WorldDemand.build(a);
        List<DemandBreakdown.Row> rows = DemandBreakdown.of(demand, key);
        DemandView.print(spec.commandLine().getOut(), format, key, demand, rows);
    }
}
