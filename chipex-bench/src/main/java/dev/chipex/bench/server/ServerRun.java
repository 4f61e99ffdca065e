package dev.chipex.bench.server;

import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.Figure;
import dev.chipex.bench.report.Machine;
import dev.chipex.bench.report.Ratio;
import dev.chipex.server.ChipexServer;
import dev.chipex.server.ServerSettings;
import dev.chipex.server.Stores;
import dev.chipex.server.access.ApiKeys;
import dev.chipex.server.access.Role;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check endpoint under load beside the cheapest authenticated endpoint of the same server
 * ({@code GET /api/v1/me}: the framework, the key lookup and JSON, no decision) — the floor a
 * check cannot go below. Both run on loopback against one in-process server on an embedded SQLite
 * store; they alternate for {@value #ROUNDS} rounds and the best round of each counts.
 */
public final class ServerRun {
    static final int ROUNDS = 2;
    static final int CONNECTIONS = 8;
    static final String CHECK_BODY = "{\"regime\":\"ai-diffusion-2025\",\"date\":\"2025-06-01\",\"item\":\"NVIDIA H100 SXM\","
            + "\"quantity\":5000,\"destination\":\"IN\",\"consignee\":\"Acme Cloud\",\"consigneeHq\":\"IN\"}";

    private ServerRun() {
    }

    public static BenchReport run(boolean quick, PrintStream progress) {
        Machine before = Machine.now();
        Duration slice = quick ? Duration.ofMillis(300) : Duration.ofSeconds(8);
        Path folder = temporaryFolder();
        try (Stores stores = Stores.open(folder.resolve("chipex.db").toString());
             ChipexServer server = ChipexServer.start(ServerSettings.of(stores, "127.0.0.1", 0).withDenials(d -> { }))) {
            String key = new ApiKeys(stores.users(), Clock.systemUTC()).add("bench", Role.ANALYST, Optional.empty()).secret();
            String base = "http://127.0.0.1:" + server.port();
            HttpRequest trivial = HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                    .header("Authorization", "Bearer " + key).GET().build();
            HttpRequest check = HttpRequest.newBuilder(URI.create(base + "/api/v1/check"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(CHECK_BODY)).build();
            LoadClient client = new LoadClient();
            progress.println("server: warming up both endpoints");
            client.run(trivial, CONNECTIONS, slice.dividedBy(2));
            client.run(check, CONNECTIONS, slice.dividedBy(2));
            LoadClient.Result floor = null;
            LoadClient.Result checks = null;
            for (int round = 1; round <= (quick ? 1 : ROUNDS); round++) {
                progress.printf("server, round %d: GET /api/v1/me, then POST /api/v1/check (%d connections)%n",
                        round, CONNECTIONS);
                floor = best(floor, client.run(trivial, CONNECTIONS, slice));
                checks = best(checks, client.run(check, CONNECTIONS, slice));
            }
            return report(quick, before, slice, floor, checks);
        }
    }

    private static LoadClient.Result best(LoadClient.Result so, LoadClient.Result next) {
        return so == null || next.requestsPerSecond() > so.requestsPerSecond() ? next : so;
    }

    private static BenchReport report(boolean quick, Machine before, Duration slice, LoadClient.Result floor,
                                      LoadClient.Result checks) {
        if (floor.errors() > 0 || checks.errors() > 0) {
            throw new IllegalStateException("answers other than 200 under load: " + floor.errors() + " on /me, "
                    + checks.errors() + " on /check");
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("GET /api/v1/me (framework floor): throughput", floor.requestsPerSecond(), "req/s"));
        figures.add(Figure.of("GET /api/v1/me: p50 latency", floor.p50Millis(), "ms"));
        figures.add(Figure.of("GET /api/v1/me: p99 latency", floor.p99Millis(), "ms"));
        figures.add(Figure.of("POST /api/v1/check: throughput", checks.requestsPerSecond(), "req/s"));
        figures.add(Figure.of("POST /api/v1/check: p50 latency", checks.p50Millis(), "ms"));
        figures.add(Figure.of("POST /api/v1/check: p99 latency", checks.p99Millis(), "ms"));
        List<Ratio> ratios = List.of(new Ratio("check endpoint vs trivial endpoint",
                checks.requestsPerSecond() / floor.requestsPerSecond(), "check req/s over /me req/s", 0.5, false));
        return new BenchReport("server", Instant.now().toString(), quick, before,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), figures, ratios,
                List.of("one in-process server (Javalin, embedded SQLite store, analyst key) and a closed-loop Java "
                                + "client with " + CONNECTIONS + " connections on loopback, sharing the machine's cores",
                        "check: one H100 shipment to India under ai-diffusion-2025, decided against the live ledger with "
                                + "the full explanation and serialised as JSON",
                        "best of " + (quick ? 1 : ROUNDS) + " alternating rounds of " + slice.toMillis() + " ms after a warm-up"));
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("chipex-bench-server");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
