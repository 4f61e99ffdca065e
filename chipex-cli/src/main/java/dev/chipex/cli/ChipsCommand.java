package dev.chipex.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chipex chips}: the catalog of named real chips. */
@Command(name = "chips", mixinStandardHelpOptions = true, subcommands = ChipsListCommand.class,
        description = "The catalog of named real chips (dense rates, die area, datacenter flag, source per chip).")
final class ChipsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
