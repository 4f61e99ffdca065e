package dev.chipex.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A run builds only the subcommand its arguments name; anything else gets the whole tree. */
class ChipexCommandTest {
    @Test
    void commandLine_namedSubcommand_registersThatOneOnly() {
        assertThat(ChipexCommand.commandLine("check", "--regime", "pre-2025").getSubcommands()).containsOnlyKeys("check");
        assertThat(ChipexCommand.commandLine("--verbose", "ledger", "balance").getSubcommands()).containsOnlyKeys("ledger");
        assertThat(ChipexCommand.commandLine("demand", "show").getSubcommands()).containsOnlyKeys("demand");
    }

    @Test
    void commandLine_noOrUnknownSubcommand_registersThemAll() {
        assertThat(ChipexCommand.commandLine().getSubcommands()).hasSize(12).containsKey("demand");
        assertThat(ChipexCommand.commandLine("--help").getSubcommands()).hasSize(12);
        assertThat(ChipexCommand.commandLine("help", "check").getSubcommands()).hasSize(12);
        assertThat(ChipexCommand.commandLine("chek").getSubcommands()).hasSize(12);
    }

    @Test
    void run_misspeltSubcommand_suggestsTheRightOne() {
        Cli.Result result = Cli.run("chek", "--regime", "pre-2025");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("check");
    }
}
