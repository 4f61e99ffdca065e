package dev.chipex.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command and subcommand answers --help with its usage and exit code 0. */
class HelpEverywhereTest {
    @TestFactory
    Stream<DynamicTest> help_everyCommand_printsUsageAndExitsZero() {
        List<List<String>> paths = new ArrayList<>();
        collect(ChipexCommand.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(30);
        return paths.stream().map(path -> DynamicTest.dynamicTest(String.join(" ", path), () -> {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Cli.Result result = Cli.run(args.toArray(String[]::new));
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).contains("Usage: chipex");
        }));
    }

    private static void collect(CommandLine line, List<String> path, List<List<String>> into) {
        line.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            List<String> next = new ArrayList<>(path);
            next.add(name);
            into.add(next);
            collect(sub, next, into);
        });
    }
}
