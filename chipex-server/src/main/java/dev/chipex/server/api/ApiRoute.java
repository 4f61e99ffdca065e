package dev.chipex.server.api;

import dev.chipex.server.access.Role;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.Objects;
import java.util.Set;

/**
 * One HTTP route and the roles allowed to call it; no roles means public (no key needed).
 * The route table is the source the OpenAPI document and the role matrix are checked against.
 */
public record ApiRoute(HandlerType method, String path, Set<Role> roles, Handler handler) {
    public ApiRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(handler, "handler");
    }

    static ApiRoute get(String path, Set<Role> roles, Handler handler) {
        return new ApiRoute(HandlerType.GET, path, roles, handler);
    }

    static ApiRoute post(String path, Set<Role> roles, Handler handler) {
        return new ApiRoute(HandlerType.POST, path, roles, handler);
    }
}
