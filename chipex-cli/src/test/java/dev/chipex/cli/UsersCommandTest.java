package dev.chipex.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code chipex users} and {@code chipex ledger} share one database file, as {@code chipex serve} uses it. */
class UsersCommandTest {
    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();

    private int chipex(String... args) {
        out.getBuffer().setLength(0);
        CommandLine line = ChipexCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(new StringWriter()));
        return line.execute(args);
    }

    @Test
    void usersAdd_thenLedgerOnTheSameFile_bothWork() {
        String db = folder.resolve("chipex.db").toString();
        assertThat(chipex("users", "add", "--role", "exporter", "--company", "Acme Chips", "--db", db)).isZero();
        assertThat(out.toString()).contains("Created key", "(exporter, Acme Chips)");
        assertThat(chipex("ledger", "open", "COUNTRY_ALLOCATION/IN/2025-2027", "--h100e", "50000",
                "--reason", "Tier 2 allocation", "--idempotency-key", "open-in", "--ledger", db)).isZero();
        assertThat(chipex("users", "list", "--db", db)).isZero();
        assertThat(out.toString()).contains("exporter", "Acme Chips");
        assertThat(chipex("ledger", "balance", "COUNTRY_ALLOCATION/IN/2025-2027", "--ledger", db)).isZero();
        assertThat(out.toString()).contains("COUNTRY_ALLOCATION/IN/2025-2027");
    }
}
