package dev.chipex.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chipex demand}: the world demand compare and simulate run over. */
@Command(name = "demand", mixinStandardHelpOptions = true, subcommands = {DemandShowCommand.class},
        usageHelpAutoWidth = true,
        description = {"The world demand 'compare' and 'simulate' run over by default: would-be shipments of AI chips, "
                + "2025-2030, by quarter, country, owner and buyer size, calibrated on Epoch AI's chip sales and owners, "
                + "its data-centre and GPU cluster files, and World Bank GDP and population."})
final class DemandCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
