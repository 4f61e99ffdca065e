package dev.chipex.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.server.access.Caller;
import dev.chipex.server.access.Role;
import dev.chipex.server.api.ApiRoute;
import dev.chipex.server.api.Json;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.List;
import java.util.Set;

/** {@code GET /api/v1/me}: whose key this is, so a client (the web app) can show the signed-in role. */
final class WhoAmI {
    private WhoAmI() {
    }

    static List<ApiRoute> routes() {
        return List.of(new ApiRoute(HandlerType.GET, "/api/v1/me", Set.of(Role.values()), WhoAmI::me));
    }

    private static void me(Context ctx) {
        Caller caller = Caller.of(ctx);
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("keyId", caller.keyId());
        json.put("name", caller.name());
        json.put("role", caller.role().code());
        json.put("company", caller.company().orElse(null));
        ctx.json(json);
    }
}
