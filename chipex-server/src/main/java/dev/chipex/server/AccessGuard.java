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
import java.util.stream.Collectors;

/**
 * Runs before every matched route: a route with roles needs a valid key
 * ({@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}) of one of them. Refusals are
 * 401 or 403 problems; {@link ProblemMapper} reports each to the denial log.
 */
final class AccessGuard implements Handler {
    private final ApiKeys keys;

    AccessGuard(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public void handle(Context ctx) {
        Set<RouteRole> allowed = ctx.routeRoles();
        if (allowed.isEmpty()) {
            return;
        }
        Optional<String> secret = secret(ctx);
        if (secret.isEmpty()) {
            throw deny(ctx, 401, "no API key: send 'Authorization: Bearer KEY' (create a key with 'chipex users add')");
        }
        Optional<Caller> caller = keys.find(secret.get());
        if (caller.isEmpty()) {
            throw deny(ctx, 401, "the API key is not known to this server: check it, or create one with 'chipex users add'");
        }
        ctx.attribute(Caller.ATTRIBUTE, caller.get());
        Role role = caller.get().role();
        if (!allowed.contains(role)) {
            String roles = allowed.stream().map(r -> ((Role) r).code()).sorted().collect(Collectors.joining(", "));
            throw deny(ctx, 403, "a " + role.code() + " key may not call "
                    + ctx.method() + " " + ctx.endpoint().path + "; allowed roles: " + roles);
        }
    }

    private static ApiException deny(Context ctx, int status, String reason) {
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
