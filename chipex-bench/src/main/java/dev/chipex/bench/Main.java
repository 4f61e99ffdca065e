package dev.chipex.bench;

import picocli.CommandLine;

/** {@code java -jar chipex-bench.jar engine|batch|ledger|all [--quick]}; see {@link BenchCommand}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
