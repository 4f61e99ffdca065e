package dev.chipex.bench.server;

import dev.chipex.bench.command.Chipex;
import dev.chipex.bench.report.BenchReport;
import dev.chipex.bench.report.Budget;
import dev.chipex.bench.report.Figure;
import dev.chipex.bench.report.Machine;
import dev.chipex.server.Stores;
import dev.chipex.server.access.ApiKeys;
import dev.chipex.server.access.Role;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code POST /api/v1/check} at a fixed {@value #RATE} requests a second beside the cheapest
 * authenticated endpoint of the same server at the same rate ({@code GET /api/v1/me}: the
 * framework, the key lookup and JSON, no decision). The server is {@code chipex serve} started as a
 * user starts it, a process of its own on a SQLite store; the client is open-loop on loopback.
 * After a warm-up the two alternate for {@value #ROUNDS} rounds, and the percentiles are over
 * every request of those rounds.
 */
public final class ServerRun {
    static final int RATE = 200;
    static final int ROUNDS = 3;
    static final String CHECK_BODY = "{\"regime\":\"ai-diffusion-2025\",\"date\":\"2025-06-01\",\"item\":\"NVIDIA H100 SXM\","
            + "\"quantity\":5000,\"destination\":\"IN\",\"consignee\":\"Acme Cloud\",\"consigneeHq\":\"IN\"}";

    private ServerRun() {
    }

    public static BenchReport run(Chipex chipex, boolean quick, PrintStream progress) {
        Machine before = Machine.now();
        Duration slice = quick ? Duration.ofMillis(300) : Duration.ofSeconds(10);
        Path folder = temporaryFolder();
        Path database = folder.resolve("chipex.db");
        String key;
        try (Stores stores = Stores.open(database.toString())) {
            key = new ApiKeys(stores.users(), Clock.systemUTC()).add("bench", Role.ANALYST, Optional.empty()).secret();
        }
        progress.println("server: starting " + chipex.name("serve"));
        try (ServedChipex server = ServedChipex.start(chipex, database)) {
            String base = server.base();
            HttpRequest trivial = HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                    .header("Authorization", "Bearer " + key).GET().build();
            HttpRequest check = HttpRequest.newBuilder(URI.create(base + "/api/v1/check"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(CHECK_BODY)).build();
            LoadClient client = new LoadClient();
            progress.printf("server: warming up both endpoints at %d requests a second%n", RATE);
            client.run(trivial, RATE, slice);
            client.run(check, RATE, slice);
            LoadClient.Pool floor = new LoadClient.Pool();
            LoadClient.Pool checks = new LoadClient.Pool();
            for (int round = 1; round <= (quick ? 1 : ROUNDS); round++) {
                progress.printf("server, round %d: GET /api/v1/me, then POST /api/v1/check, %d a second for %d ms each%n",
                        round, RATE, slice.toMillis());
                floor.add(client.run(trivial, RATE, slice));
                checks.add(client.run(check, RATE, slice));
            }
            LoadClient.Result me = floor.result();
            LoadClient.Result decided = checks.result();
            if (me.errors() > 0 || decided.errors() > 0) {
                throw new IllegalStateException("answers other than 200: " + me.errors() + " on /me, " + decided.errors()
                        + " on /check");
            }
            return BenchReport.of("server", quick, before,
                    List.of(Budget.under("check endpoint", "p99 under 50 ms at " + RATE + " requests a second",
                            figure("POST /api/v1/check p99", decided, checks), figure("GET /api/v1/me p99", me, floor), 50)),
                    List.of(),
                    List.of(chipex.name("serve") + " in a process of its own (as a user starts it; SQLite store, an "
                                    + "analyst key), an open-loop Java client in the bench's JVM on loopback, sharing the "
                                    + "machine's cores; latency from when each request was due",
                            "check: one H100 shipment to India under ai-diffusion-2025, decided against the live ledger, "
                                    + "explained and serialised as JSON",
                            (quick ? 1 : ROUNDS) + " alternating rounds of " + slice.toMillis() + " ms after a warm-up of each"));
        } finally {
            deleteAll(folder);
        }
    }

    private static Figure figure(String name, LoadClient.Result r, LoadClient.Pool rounds) {
        return new Figure(name, r.p99Millis(), "ms", String.format(Locale.ROOT,
                "p50 %.1f ms, max %.1f ms; %,d requests at %.0f a second; each round's p99 %s ms", r.p50Millis(),
                r.maxMillis(), r.requests(), r.sentPerSecond(), rounds.p99s().stream()
                        .map(p -> String.format(Locale.ROOT, "%.1f", p)).collect(Collectors.joining(", "))));
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("chipex-bench-server");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder, e);
        }
    }
}
