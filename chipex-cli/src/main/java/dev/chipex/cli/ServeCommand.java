package dev.chipex.cli;

import dev.chipex.core.problem.ChipexException;
import dev.chipex.server.ChipexServer;
import dev.chipex.server.ServerSettings;
import dev.chipex.server.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code chipex serve}: the HTTP API and web app, until stopped with Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the JSON API (/api/v1), its description (/api/openapi.json, /api/docs) and the web app (/).",
                "Every API call needs a key: create one with 'chipex users add --role analyst' and send it as",
                "'Authorization: Bearer KEY'. Stop with Ctrl-C."},
        footer = {"%nThe database holds the API keys and the quota ledger (the same one 'chipex ledger --ledger URL' uses).",
                "%nExamples:", "  chipex serve                                  # http://127.0.0.1:8080/, data in ~/.chipex/chipex.db",
                "  chipex serve --port 9090 --db jdbc:postgresql://127.0.0.1:5432/chipex?user=postgres"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--db", paramLabel = "URL",
            description = "the database of API keys and the ledger: jdbc:sqlite:FILE, "
                    + "jdbc:postgresql://HOST:PORT/DB?user=NAME, or a file path (default ~/.chipex/chipex.db)")
    String db;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Stores stores = Stores.open(db);
        ChipexServer server;
        try {
            server = ChipexServer.start(ServerSettings.of(stores, host, port));
        } catch (RuntimeException e) {
            stores.close();
            if (causedByBind(e)) {
                throw new ChipexException("cannot listen on " + host + ":" + port
                        + ": the port is in use or not allowed; pick another with --port");
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stores.close();
            stopped.countDown();
        }, "chipex-serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        String base = "http://" + host + ":" + server.port();
        out.println("chipex: serving " + base + "/ (API " + base + "/api/v1, docs " + base + "/api/docs)");
        out.println("chipex: keys and ledger in " + stores.describe() + "; stop with Ctrl-C");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }
}
