package dev.chipex.server;

import dev.chipex.server.api.ApiRoute;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The public description of the API: the OpenAPI 3 document at {@code /api/openapi.json}
 * (hand-kept, checked against the route table by a test) and Swagger UI at {@code /api/docs}.
 */
final class ApiDocs {
    private static final byte[] OPENAPI = resource("openapi.json");
    private static final byte[] PAGE = resource("api-docs.html");

    private ApiDocs() {
    }

    static List<ApiRoute> routes() {
        return List.of(new ApiRoute(HandlerType.GET, "/api/openapi.json", Set.of(), ApiDocs::openApi),
                new ApiRoute(HandlerType.GET, "/api/docs", Set.of(), ApiDocs::page));
    }

    private static void openApi(Context ctx) {
        ctx.contentType("application/json").result(OPENAPI);
    }

    private static void page(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(PAGE);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the chipex-server jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
