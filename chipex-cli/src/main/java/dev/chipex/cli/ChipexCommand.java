package dev.chipex.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Arrays;
import java.util.List;

/**
 * The top-level {@code chipex} command; subcommands are registered here, in {@link #SUBCOMMANDS}
 * order. A run registers only the subcommand its arguments name (see {@link #commandLine(String...)}).
 */
@Command(name = "chipex",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Turns AI-chip export-control policy into running code: classify an item, decide a",
                "shipment under any regime on any date, account for quotas and compare policies."},
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

    /** In the order {@code chipex --help} lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ClassifyCommand.class, ChipsCommand.class,
            CountriesCommand.class, CheckCommand.class, RegimesCommand.class, LedgerCommand.class, SimulateCommand.class,
            CompareCommand.class, DemandCommand.class, ServeCommand.class, UsersCommand.class,
            CommandLine.HelpCommand.class);

    /** The whole command tree, every subcommand registered. */
    static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command tree for these arguments. Start-up speed: picocli builds a command's model by
     * reflection when it is registered, which for the whole tree is about a fifth of a second
     * before anything is decided (BENCHMARKS.md, "one check"), so when the first word that is not
     * an option names a subcommand exactly, only that one is registered. Anything else (no
     * subcommand; {@code help}, which needs the others; a misspelt name, for which picocli
     * suggests the right one) gets them all.
     */
    static CommandLine commandLine(String... args) {
        String first = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        return commandLine(SUBCOMMANDS.stream().filter(c -> c != CommandLine.HelpCommand.class)
                .filter(c -> c.getAnnotation(Command.class).name().equals(first))
                .findFirst().<List<Class<?>>>map(List::of).orElse(SUBCOMMANDS));
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine line = new CommandLine(new ChipexCommand());
        subcommands.forEach(line::addSubcommand);
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
