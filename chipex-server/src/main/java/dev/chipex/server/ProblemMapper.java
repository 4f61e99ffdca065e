package dev.chipex.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.server.access.Caller;
import dev.chipex.server.api.ApiException;
import dev.chipex.server.api.Json;
import dev.chipex.server.api.Limits;
import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Consumer;

/**
 * The one place where failures become HTTP responses: {@code application/problem+json} (RFC
 * 9457) with the failing field paths in {@code errors}. A 500 carries only a correlation id;
 * the stack trace goes to the server log under that id. Every 401 and 403, from the access guard
 * or from a handler's ownership check, is reported to the denial log.
 */
final class ProblemMapper implements ExceptionHandler<Exception> {
    static final String CONTENT_TYPE = "application/problem+json";
    static final String CORRELATION_ID = "chipex.correlationId";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private final Limits limits;
    private final Consumer<Denial> denials;

    ProblemMapper(Limits limits, Consumer<Denial> denials) {
        this.limits = limits;
        this.denials = denials;
    }

    @Override
    public void handle(Exception e, Context ctx) {
        if (e instanceof InvalidInputException invalid) {
            write(ctx, 422, "invalid-input", "Invalid input", "the request has " + invalid.problems().size()
                    + " problem(s); each names its field and the fix", invalid.problems());
        } else if (e instanceof ApiException refused) {
            if (refused.status() == 401 || refused.status() == 403) {
                Caller caller = ctx.attribute(Caller.ATTRIBUTE);
                denials.accept(new Denial(refused.status(), ctx.method().name(), ctx.path(), ctx.ip(),
                        caller == null ? "" : caller.keyId(), refused.getMessage()));
            }
            ObjectNode body = body(refused.status(), slug(refused.title()), refused.title(), refused.getMessage(),
                    refused.errors()).put("instance", ctx.path());
            refused.extensions().forEach((name, value) -> body.set(name, Json.mapper().valueToTree(value)));
            send(ctx, refused.status(), body);
        } else if (e instanceof HttpResponseException http && http.getStatus() == 413) {
            write(ctx, 413, "request-too-large", "Request too large", "the request body is larger than this server accepts: "
                    + "send at most " + limits.maxBodyBytes() + " bytes", List.of());
        } else if (e instanceof HttpResponseException http && http.getStatus() < 500) {
            write(ctx, http.getStatus(), "http-" + http.getStatus(), http.getMessage(), http.getMessage(), List.of());
        } else {
            String id = ctx.attribute(CORRELATION_ID);
            LOG.error("500 for {} {} (correlation id {})", ctx.method(), ctx.path(), id, e);
            ObjectNode body = body(500, "internal-error", "Internal server error",
                    "chipex failed to handle the request; report the correlation id to the operator", List.of());
            body.put("correlationId", id);
            send(ctx, 500, body);
        }
    }

    static void write(Context ctx, int status, String type, String title, String detail, List<Problem> errors) {
        send(ctx, status, body(status, type, title, detail, errors).put("instance", ctx.path()));
    }

    private static ObjectNode body(int status, String type, String title, String detail, List<Problem> errors) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("type", "urn:chipex:problem:" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        ArrayNode list = body.putArray("errors");
        errors.forEach(p -> list.addObject().put("path", p.path()).put("message", p.message()));
        return body;
    }

    private static void send(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType(CONTENT_TYPE).result(body.toString());
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
