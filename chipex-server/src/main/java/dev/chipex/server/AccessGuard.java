package dev.chipex.server;

import dev.chipex.server.access.ApiKeys;
import dev.chipex.server.access.Caller;
import dev.chipex.server.access.Role;
import dev.chipex.server.api.ApiException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs before every matched route: a route with roles needs a valid key
 * ({@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}) of one of them. Every refusal is
 * reported to the denial log before the 401 or 403 is sent.
 */
final class AccessGuard implements Handler {
    static final String CALLER = "chipex.caller";

    private final ApiKeys keys;
    private final Consumer<Denial> denials;

    AccessGuard(ApiKeys keys, Consumer<Denial> denials) {
        this.keys = keys;
        this.denials = denials;
    }

    @Override
    public void handle(Context ctx) {
        Set<RouteRole> allowed = ctx.routeRoles();
        if (allowed.isEmpty()) {
            return;
        }
        Optional<String> secret = secret(ctx);
        if (secret.isEmpty()) {
            throw deny(ctx, 401, "", "no API key: send 'Authorization: Bearer KEY' (create a key with 'chipex users add')");
        }
        Optional<Caller> caller = keys.find(secret.get());
        if (caller.isEmpty()) {
            throw deny(ctx, 401, "", "the API key is not known to this server: check it, or create one with 'chipex users add'");
        }
        Role role = caller.get().role();
        if (!allowed.contains(role)) {
            String roles = allowed.stream().map(r -> ((Role) r).code()).sorted().collect(Collectors.joining(", "));
            throw deny(ctx, 403, caller.get().keyId(), "a " + role.code() + " key may not call "
                    + ctx.method() + " " + ctx.endpoint().path + "; allowed roles: " + roles);
        }
        ctx.attribute(CALLER, caller.get());
    }

    private ApiException deny(Context ctx, int status, String keyId, String reason) {
        denials.accept(new Denial(status, ctx.method().name(), ctx.path(), ctx.ip(), keyId, reason));
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"chipex\"");
            return ApiException.unauthorized(reason);
        }
        return ApiException.forbidden(reason);
    }

    private static Optional<String> secret(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String key = authorization.substring(7).strip();
            return key.isEmpty() ? Optional.empty() : Optional.of(key);
        }
        String header = ctx.header("X-API-Key");
        return header == null || header.isBlank() ? Optional.empty() : Optional.of(header.strip());
    }
}
