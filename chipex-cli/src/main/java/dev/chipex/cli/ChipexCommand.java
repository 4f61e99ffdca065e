package dev.chipex.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code chipex} command; subcommands are registered here. */
@Command(name = "chipex",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Turns AI-chip export-control policy into running code: classify an item, decide a",
                "shipment under any regime on any date, account for quotas and compare policies."},
        subcommands = {ClassifyCommand.class, ChipsCommand.class, CountriesCommand.class, CheckCommand.class,
                RegimesCommand.class, LedgerCommand.class, SimulateCommand.class, CompareCommand.class, DemandCommand.class,
                ServeCommand.class, UsersCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:failure inside chipex (a bug or an unreachable store; rerun with --verbose)",
                "2:invalid input: a flag, value or file was wrong; the message names it and the fix",
                "3:not found: an unknown chip, country, regime or record",
                "4:conflict: the request clashes with recorded state (e.g. a quota would be overdrawn)",
                "5:audit failed: 'chipex ledger verify' found the journal edited, deleted or out of step"})
final class ChipexCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read by {@link ErrorHandler} from the raw arguments; declared here so every command accepts it. */
    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "On failure, print the stack trace too.")
    boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new ChipexCommand());
        line.setExecutionExceptionHandler(new ErrorHandler());
        line.setParameterExceptionHandler(new ErrorHandler());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        withHelp(line);
        return line;
    }

    /**
     * Every class command answers --help and --version. (Method commands declare it in their
     * annotation: added afterwards it would shift their parameters.)
     */
    private static void withHelp(CommandLine line) {
        if (!(line.getCommandSpec().userObject() instanceof java.lang.reflect.Method)) {
            line.getCommandSpec().mixinStandardHelpOptions(true);
        }
        line.getSubcommands().values().forEach(ChipexCommand::withHelp);
    }
}
