package dev.chipex.bench.server;

import dev.chipex.bench.command.Chipex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code chipex serve} on loopback in a process of its own, started as a user starts it, and
 * stopped (SIGTERM, then killed after 10 s) when closed. Its output goes to a log file beside its
 * database, shown if it does not come up within a minute.
 */
final class ServedChipex implements AutoCloseable {
    private final Process process;
    private final int port;

    private ServedChipex(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ServedChipex start(Chipex chipex, Path database) {
        int port = freePort();
        Path log = database.resolveSibling("serve.log");
        Chipex.Invocation serve = chipex.command(List.of("serve", "--port", Integer.toString(port), "--db", database.toString()));
        ProcessBuilder builder = new ProcessBuilder(serve.command()).directory(chipex.root().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(serve.environment());
        try {
            ServedChipex served = new ServedChipex(builder.start(), port);
            served.awaitUp(log);
            return served;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + serve.command(), e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitUp(Path log) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest up = HttpRequest.newBuilder(URI.create(base() + "/api/openapi.json")).GET().build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (client.send(up, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException("chipex serve did not come up on port " + port + ": " + Files.readString(log));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
