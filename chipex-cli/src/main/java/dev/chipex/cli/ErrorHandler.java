package dev.chipex.cli;

import dev.chipex.core.problem.InvalidInputException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.Arrays;

/**
 * The one place where failures become exit codes and messages. A stack trace is printed only
 * with {@code --verbose}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        PrintWriter err = line.getErr();
        if (e instanceof InvalidInputException invalid) {
            err.println("chipex: " + invalid.getMessage());
            return isNotFound(invalid) ? ExitCodes.NOT_FOUND : ExitCodes.INVALID_INPUT;
        }
        err.println("chipex: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        if (verbose(parsed)) {
            e.printStackTrace(err);
        } else {
            err.println("(rerun with --verbose for details)");
        }
        return ExitCodes.FAILURE;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        PrintWriter err = line.getErr();
        err.println("chipex: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Run '" + line.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        return ExitCodes.INVALID_INPUT;
    }

    private static boolean isNotFound(InvalidInputException e) {
        return e.problems().stream().allMatch(p -> p.message().startsWith("unknown "));
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        return parsed != null && Arrays.asList(parsed.originalArgs().toArray(new String[0])).contains("--verbose");
    }
}
