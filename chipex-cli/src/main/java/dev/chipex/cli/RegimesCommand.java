package dev.chipex.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chipex regimes}: the regimes chipex can decide under, as data. */
@Command(name = "regimes", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        subcommands = {RegimesListCommand.class, RegimesShowCommand.class, RegimesDiffCommand.class},
        description = {"The export-control regimes chipex decides under, each a versioned YAML file: country groups and "
                + "tiers, dated parameters, controls, license exceptions, allocations, agreements and deals, every rule "
                + "with its citation. Load your own reform with --regime-file (it may extend a built-in regime)."})
final class RegimesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
