package dev.chipex.cli;

import picocli.CommandLine;

/** Entry point of the {@code chipex} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code; used by tests too. */
    public static int run(String... args) {
        return ChipexCommand.commandLine(args).execute(args);
    }
}
