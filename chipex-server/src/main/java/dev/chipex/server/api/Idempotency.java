package dev.chipex.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.server.access.Caller;
import dev.chipex.server.access.IdempotentResponses;
import dev.chipex.server.access.StoredResponse;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code Idempotency-Key} header of state-changing requests. The first successful response
 * to a key is stored (per API key) and given again, unchanged and marked
 * {@code Idempotent-Replayed: true}, to a retry with the same method, path and body; the same key
 * with another request is a 409. Failures are not stored, so a refused request is decided afresh
 * when retried. The key is also passed on to the ledger, which keeps its own record of it.
 */
final class Idempotency {
    static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY = 160;

    private final IdempotentResponses responses;

    Idempotency(IdempotentResponses responses) {
        this.responses = responses;
    }

    /** A handler's answer: status, JSON body and, for a created resource, its Location. */
    record Answer(int status, JsonNode body, Optional<String> location) {
        static Answer ok(JsonNode body) {
            return new Answer(200, body, Optional.empty());
        }
    }

    /**
     * Runs {@code work} once per key; {@code work} gets the key as the ledger should record it
     * (scoped to the caller), or empty when the header is absent and not {@code required}.
     */
    void respond(Context ctx, boolean required, Function<Optional<String>, Answer> work) {
        Optional<String> key = header(ctx, required);
        if (key.isEmpty()) {
            send(ctx, work.apply(Optional.empty()));
            return;
        }
        Caller caller = Caller.of(ctx);
        String hash = IdempotentResponses.requestHash(ctx.method().name(), ctx.path(), ctx.bodyAsBytes());
        Optional<StoredResponse> stored = responses.find(caller.keyId(), key.get());
        if (stored.isPresent()) {
            if (!stored.get().requestHash().equals(hash)) {
                throw ApiException.conflict("Idempotency-Key '" + key.get() + "' was already used for a different "
                        + "request; send a new key for a new request", Map.of("refusal", "KEY_REUSED"));
            }
            ctx.header("Idempotent-Replayed", "true");
            stored.get().location().ifPresent(l -> ctx.header("Location", l));
            ctx.status(stored.get().status()).contentType("application/json").result(stored.get().body());
            return;
        }
        Answer answer = work.apply(Optional.of("http:" + caller.keyId() + ":" + key.get()));
        responses.save(caller.keyId(), key.get(), new StoredResponse(hash, answer.status(), answer.location(),
                answer.body().toString()));
        send(ctx, answer);
    }

    private static void send(Context ctx, Answer answer) {
        answer.location().ifPresent(l -> ctx.header("Location", l));
        ctx.status(answer.status()).contentType("application/json").result(answer.body().toString());
    }

    private static Optional<String> header(Context ctx, boolean required) {
        String key = ctx.header(HEADER);
        if (key == null || key.isBlank()) {
            if (required) {
                throw new ApiException(400, "Idempotency key required", "this request changes the ledger: send an "
                        + "'Idempotency-Key' header with a new unique value (e.g. a UUID) and repeat it on retries",
                        List.of(dev.chipex.core.problem.Problem.of(HEADER, "required")));
            }
            return Optional.empty();
        }
        String trimmed = key.strip();
        if (trimmed.length() > MAX_KEY || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new ApiException(400, "Malformed request", "the Idempotency-Key header has at most " + MAX_KEY
                    + " printable characters", List.of(dev.chipex.core.problem.Problem.of(HEADER, "too long or not printable")));
        }
        return Optional.of(trimmed);
    }
}
