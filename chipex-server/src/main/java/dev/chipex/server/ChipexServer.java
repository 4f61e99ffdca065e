package dev.chipex.server;

import dev.chipex.server.access.ApiKeys;
import dev.chipex.server.access.IdempotentResponses;
import dev.chipex.server.access.Role;
import dev.chipex.server.api.ApiException;
import dev.chipex.server.api.ApiRoute;
import dev.chipex.server.api.V1Routes;
import dev.chipex.server.jobs.JobRunner;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The chipex HTTP server: the JSON API under {@code /api/v1}, its OpenAPI description and
 * browsable page under {@code /api}, and the web app at {@code /}, in one process.
 */
public final class ChipexServer implements AutoCloseable {
    private final Javalin app;
    private final List<ApiRoute> routes;
    private final JobRunner jobs;

    private ChipexServer(ServerSettings settings) {
        this.jobs = new JobRunner(settings.limits().maxJobs(), settings.clock());
        V1Routes.Services services = new V1Routes.Services(settings.regimes(), settings.ledger(),
                new IdempotentResponses(settings.database(), settings.clock()), jobs);
        List<ApiRoute> all = new ArrayList<>(V1Routes.all(services, settings.limits(), settings.clock()));
        all.addAll(WhoAmI.routes());
        all.addAll(ApiDocs.routes());
        this.routes = List.copyOf(all);
        ProblemMapper problems = new ProblemMapper(settings.limits(), settings.denials());
        AccessGuard guard = new AccessGuard(new ApiKeys(settings.database(), settings.clock()));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.limits().maxBodyBytes();
            config.jsonMapper(new JacksonJsonMapper());
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/dev/chipex/server/web";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> {
                String id = UUID.randomUUID().toString();
                ctx.attribute(ProblemMapper.CORRELATION_ID, id);
                ctx.header("X-Correlation-Id", id);
                if (ctx.contentLength() > settings.limits().maxBodyBytes()) {
                    throw ApiException.tooLarge("body", "the request body has " + ctx.contentLength()
                            + " bytes; this server accepts at most " + settings.limits().maxBodyBytes());
                }
            });
            config.routes.beforeMatched(guard);
            for (ApiRoute route : routes) {
                config.routes.addHttpHandler(route.method(), route.path(), route.handler(),
                        route.roles().toArray(new Role[0]));
            }
            config.routes.exception(Exception.class, problems);
            config.routes.error(404, ctx -> {
                if (!ProblemMapper.CONTENT_TYPE.equals(ctx.res().getContentType())) {
                    ProblemMapper.write(ctx, 404, "not-found", "Not found", "no page or API route at " + ctx.path()
                            + "; the API is described at /api/openapi.json", List.of());
                }
            });
        });
        app.start(settings.host(), settings.port());
    }

    public static ChipexServer start(ServerSettings settings) {
        return new ChipexServer(settings);
    }

    public int port() {
        return app.port();
    }

    /** Stops serving and the simulation jobs; the stores stay open (their owner closes them). */
    public void stop() {
        app.stop();
        jobs.close();
    }

    @Override
    public void close() {
        stop();
    }

    List<ApiRoute> routes() {
        return routes;
    }
}
