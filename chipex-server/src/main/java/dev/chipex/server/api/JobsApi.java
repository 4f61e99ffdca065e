package dev.chipex.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.server.access.Role;
import dev.chipex.server.jobs.Job;
import dev.chipex.server.jobs.JobRunner;
import dev.chipex.server.jobs.JobStatus;
import dev.chipex.server.jobs.SimulationSpec;
import dev.chipex.sim.Comparison;
import dev.chipex.sim.report.ComparisonJson;
import dev.chipex.sim.report.HtmlReport;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/v1/compare} and {@code /simulate} start a simulation job (202 and a
 * {@code Location}); {@code /api/v1/jobs/{id}} tells its status and progress, and when done the
 * URLs of its result (the JSON of {@code chipex compare --format json}) and its HTML report.
 * Jobs are not company data: any analyst or regulator may read any job.
 */
final class JobsApi {
    private final JobRunner runner;
    private final SimulationReader reader;
    private final Idempotency idempotency;

    JobsApi(JobRunner runner, SimulationReader reader, Idempotency idempotency) {
        this.runner = runner;
        this.reader = reader;
        this.idempotency = idempotency;
    }

    List<ApiRoute> routes() {
        Set<Role> simulators = Set.of(Role.ANALYST, Role.REGULATOR);
        return List.of(ApiRoute.post("/api/v1/compare", simulators, ctx -> start(ctx, reader.compare(Json.body(ctx)))),
                ApiRoute.post("/api/v1/simulate", simulators, ctx -> start(ctx, reader.simulate(Json.body(ctx)))),
                ApiRoute.get("/api/v1/jobs/{id}", simulators, this::status),
                ApiRoute.get("/api/v1/jobs/{id}/result", simulators, this::result),
                ApiRoute.get("/api/v1/jobs/{id}/report", simulators, this::report));
    }

    private void start(Context ctx, SimulationSpec spec) {
        idempotency.respond(ctx, false, key -> {
            Job job = runner.submit(spec).orElseThrow(() -> ApiException.tooMany("the server is already running or "
                    + "queueing its limit of simulation jobs: wait for one to finish (GET /api/v1/jobs/{id}) and retry"));
            return new Idempotency.Answer(202, json(job), Optional.of(path(job)));
        });
    }

    private void status(Context ctx) {
        ctx.json(json(find(ctx)));
    }

    private void result(Context ctx) {
        ctx.contentType("application/json").result(ComparisonJson.write(done(find(ctx))));
    }

    private void report(Context ctx) {
        Job job = find(ctx);
        ctx.contentType("text/html; charset=utf-8").result(HtmlReport.write(done(job), job.spec().baseline()));
    }

    private static ObjectNode json(Job job) {
        Job.State state = job.state();
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("id", job.id());
        json.put("kind", job.spec().kind());
        var regimes = json.putArray("regimes");
        job.spec().regimes().forEach(r -> regimes.add(r.id()));
        json.put("baseline", job.spec().baseline());
        json.put("runs", job.spec().runs());
        json.put("seed", job.spec().seed());
        json.put("status", state.status().code());
        json.put("progress", state.progress());
        json.put("createdAt", job.createdAt().toString());
        json.put("finishedAt", state.finishedAt().map(Object::toString).orElse(null));
        json.put("error", state.error().orElse(null));
        boolean done = state.status() == JobStatus.DONE;
        json.put("result", done ? path(job) + "/result" : null);
        json.put("report", done ? path(job) + "/report" : null);
        return json;
    }

    private Job find(Context ctx) {
        String id = ctx.pathParam("id");
        return runner.find(id).orElseThrow(() -> ApiException.notFound("id", "no job '" + id + "' on this server "
                + "(jobs are kept in memory, the last " + JobRunner.KEPT + ", until the server stops)"));
    }

    private static Comparison done(Job job) {
        Job.State state = job.state();
        if (state.status() == JobStatus.FAILED) {
            throw ApiException.conflict("job " + job.id() + " failed: " + state.error().orElse("unknown error"),
                    java.util.Map.of("status", state.status().code()));
        }
        return state.result().orElseThrow(() -> ApiException.conflict("job " + job.id() + " is " + state.status().code()
                + " (" + Math.round(state.progress() * 100) + "% of runs done): poll GET " + path(job)
                + " until its status is done", java.util.Map.of("status", state.status().code(), "progress", state.progress())));
    }

    private static String path(Job job) {
        return "/api/v1/jobs/" + job.id();
    }
}
