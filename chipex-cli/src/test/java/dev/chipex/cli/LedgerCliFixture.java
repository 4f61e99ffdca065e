package dev.chipex.cli;

import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs {@code chipex} against a fresh SQLite ledger file per test, capturing its output. */
abstract class LedgerCliFixture {
    @TempDir
    Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int chipex(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine line = ChipexCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        String[] withLedger = new String[args.length + 2];
        System.arraycopy(args, 0, withLedger, 0, args.length);
        withLedger[args.length] = "--ledger";
        withLedger[args.length + 1] = folder.resolve("ledger.db").toString();
        return line.execute(withLedger);
    }

}
