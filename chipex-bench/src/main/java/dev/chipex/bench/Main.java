package dev.chipex.bench;

import picocli.CommandLine;

/** {@code chipex-bench/run start|check-input|compare|engine|ledger|server|all [--quick]}; see {@link BenchCommand}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}
