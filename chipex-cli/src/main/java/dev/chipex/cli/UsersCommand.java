package dev.chipex.cli;

import dev.chipex.server.access.ApiKeys;
import dev.chipex.server.access.Caller;
import dev.chipex.server.access.NewKey;
import dev.chipex.server.access.Role;
import dev.chipex.server.Stores;
import dev.chipex.server.access.ServerDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;

/** {@code chipex users}: API keys for the server, each with a role. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Manages the server's API keys. Roles:",
                "  exporter   one company's compliance team: classify, check; its own reservations and history",
                "  regulator  manages allocations, agreements and adjustments; sees everything",
                "  analyst    classification, checks without commit, regimes, simulations"},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListKeys.class})
final class UsersCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The store option both subcommands take. */
    static final class Store {
        @Option(names = "--db", paramLabel = "URL",
                description = "the server's database, as for 'chipex serve --db' (default ~/.chipex/chipex.db)")
        String db;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Creates an API key and prints it once; only its SHA-256 hash is stored.",
            footer = {"%nExamples:", "  chipex users add --role exporter --company \"Acme Chips\" --name \"Jane Doe\"",
                    "  chipex users add --role analyst"})
    static final class Add implements Runnable {
        @Option(names = "--role", required = true, description = "exporter, regulator or analyst")
        String role;

        @Option(names = "--company", description = "the exporter's company (exporters only; required for them)")
        String company;

        @Option(names = "--name", description = "who holds the key (default: the company, or the role)")
        String name;

        @picocli.CommandLine.Mixin
        Store store = new Store();

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Role parsed = Role.parse("--role", role);
            String holder = name != null ? name : company != null ? company : parsed.code();
            ServerDatabase database;
            NewKey key;
            try (Stores stores = Stores.open(store.db)) {
                database = stores.users();
                key = new ApiKeys(database, Clock.systemUTC()).add(holder, parsed, Optional.ofNullable(company));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created key " + key.caller().keyId() + " for " + describe(key.caller()) + " in " + database.describe() + ".");
            out.println("The key is shown only now; keep it secret:");
            out.println();
            out.println("  " + key.secret());
            out.println();
            out.println("Call the API with it, e.g.:");
            out.println("  curl -H 'Authorization: Bearer " + key.secret() + "' http://127.0.0.1:8080/api/v1/me");
            out.flush();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the keys (ids, holders, roles; never the secrets).")
    static final class ListKeys implements Runnable {
        @picocli.CommandLine.Mixin
        Store store = new Store();

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-12s  %-10s  %-30s  %s%n", "KEY ID", "ROLE", "NAME", "COMPANY");
            try (Stores stores = Stores.open(store.db)) {
                for (Caller c : new ApiKeys(stores.users(), Clock.systemUTC()).list()) {
                    out.printf("%-12s  %-10s  %-30s  %s%n", c.keyId(), c.role().code(), c.name(), c.company().orElse(""));
                }
            }
            out.flush();
        }
    }

    private static String describe(Caller caller) {
        return caller.name() + " (" + caller.role().code() + caller.company().map(c -> ", " + c).orElse("") + ")";
    }
}
