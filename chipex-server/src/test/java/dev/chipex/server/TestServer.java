package dev.chipex.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.server.access.ApiKeys;
import dev.chipex.server.access.Role;
import dev.chipex.server.api.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A real chipex server on a free loopback port, with one key per role and an HTTP client. */
final class TestServer implements AutoCloseable {
    final Stores database;
    final ChipexServer server;
    final Map<Role, String> keys = new EnumMap<>(Role.class);
    final List<Denial> denials = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newHttpClient();

    /** An exporter key of another company than {@link Role#EXPORTER}'s "Acme Chips". */
    final String otherExporter;

    TestServer(Stores database) {
        this.database = database;
        ApiKeys apiKeys = new ApiKeys(database.users(), Clock.systemUTC());
        keys.put(Role.EXPORTER, apiKeys.add("exporter test", Role.EXPORTER, Optional.of("Acme Chips")).secret());
        keys.put(Role.REGULATOR, apiKeys.add("regulator test", Role.REGULATOR, Optional.empty()).secret());
        keys.put(Role.ANALYST, apiKeys.add("analyst test", Role.ANALYST, Optional.empty()).secret());
        otherExporter = apiKeys.add("other exporter", Role.EXPORTER, Optional.of("Globex")).secret();
        this.server = ChipexServer.start(ServerSettings.of(database, "127.0.0.1", 0).withDenials(denials::add));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    Reply get(String path, String key) {
        return send(request(path, key).GET().build());
    }

    Reply post(String path, String key, String body) {
        return send(request(path, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * A POST that declares a body of {@code declaredBytes} and sends none of it, over a plain
     * socket: the server must refuse an oversize body from its Content-Length alone. (Sending the
     * whole body races the server's early answer: it closes the connection on the unread rest, and
     * the client can see the reset before the answer.)
     */
    Reply postDeclaringOnly(String path, String key, long declaredBytes) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + declaredBytes + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String headers = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
            int status = Integer.parseInt(headers.substring(9, 12));
            String contentType = headers.lines().filter(l -> l.startsWith("content-type:"))
                    .map(l -> l.substring("content-type:".length()).strip()).findFirst().orElse("");
            return new Reply(status, contentType, response.substring(response.indexOf("\r\n\r\n") + 4), "", false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A POST with an {@code Idempotency-Key}. */
    Reply post(String path, String key, String idempotencyKey, String body) {
        return send(request(path, key).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Reply send(String method, String path, String key) {
        return method.equals("GET") ? get(path, key) : post(path, key, "{}");
    }

    private HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + path));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Location").orElse(""),
                    response.headers().firstValue("Idempotent-Replayed").isPresent());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }

    /** An HTTP response: status, content type, body, Location and whether it was an idempotent replay. */
    record Reply(int status, String contentType, String body, String location, boolean replayed) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
