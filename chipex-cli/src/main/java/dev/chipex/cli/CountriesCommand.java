package dev.chipex.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code chipex countries}: ISO countries and the EAR Country Groups they are in on a date. */
@Command(name = "countries", mixinStandardHelpOptions = true, subcommands = {CountriesListCommand.class, CountriesShowCommand.class},
        usageHelpAutoWidth = true,
        description = {"Countries (ISO 3166-1) and their EAR Country Groups (D:1, D:4, D:5, A:5, A:6, Macau) on a date. "
                + "Group membership is dated data with a citation and a confidence tag (C confirmed, S one secondary "
                + "source, D derived, U unconfirmed). Hong Kong takes China's groups."})
final class CountriesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
