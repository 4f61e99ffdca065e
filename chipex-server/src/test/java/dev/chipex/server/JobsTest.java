package dev.chipex.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.server.access.Role;
import dev.chipex.sim.Progress;
import dev.chipex.sim.Simulation;
import dev.chipex.sim.demand.DemandOptions;
import dev.chipex.sim.demand.EpochClusters;
import dev.chipex.sim.report.ComparisonJson;
import dev.chipex.sim.scenario.AssumptionsLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Simulation jobs on a real server: started with 202, polled to done, the result and report fetched. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobsTest {
    private TestServer api;
    private String analyst;

    @BeforeAll
    void start() {
        api = new TestServer(TestDatabases.sqlite());
        analyst = api.keys.get(Role.ANALYST);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void compareJob_completes_withTheResultOfChipexCompareForTheSameSeed() throws InterruptedException {
        TestServer.Reply started = api.post("/api/v1/compare", analyst,
                "{\"regimes\":[\"pre-2025\",\"ai-diffusion-2025\"],\"runs\":3,\"seed\":7}");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.location()).startsWith("/api/v1/jobs/");
        JsonNode done = await(started.location());
        assertThat(done.path("status").asText()).isEqualTo("done");
        assertThat(done.path("progress").asDouble()).isEqualTo(1.0);
        TestServer.Reply result = api.get(done.path("result").asText(), analyst);
        String expected = ComparisonJson.write(Simulation.of(List.of(RegimeCatalog.builtIn().get("pre-2025"),
                        RegimeCatalog.builtIn().get("ai-diffusion-2025")), EpochClusters.load(DemandOptions.DEFAULT),
                AssumptionsLoader.defaults()).run(3, 7, Progress.NONE));
        assertThat(result.body()).isEqualTo(expected);
        JsonNode json = result.json();
        assertThat(json.path("runs").asInt()).isEqualTo(3);
        assertThat(json.path("regimes").get(1).path("regime").asText()).isEqualTo("ai-diffusion-2025");
        for (String field : List.of("shippedH100e", "blockedH100e", "controlShare", "shippedByTier", "leverageH100e")) {
            assertThat(json.path("regimes").get(0).has(field)).as(field).isTrue();
        }
        TestServer.Reply report = api.get(done.path("report").asText(), analyst);
        assertThat(report.contentType()).startsWith("text/html");
        assertThat(report.body()).contains("echarts", "ai-diffusion-2025", "Epoch AI");
    }

    @Test
    void simulateJob_withAnAssumptionOverride_completes() throws InterruptedException {
        TestServer.Reply started = api.post("/api/v1/simulate", api.keys.get(Role.REGULATOR),
                "{\"regime\":\"option-2-us-monopoly\",\"runs\":1,\"assumptions\":{\"substitution\":{\"share\":{\"value\":0.9,\"low\":0.8,\"high\":1.0}}}}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode done = await(started.location());
        assertThat(done.path("regimes").get(0).asText()).isEqualTo("option-2-us-monopoly");
        assertThat(api.get(done.path("result").asText(), analyst).json().path("regimes").size()).isEqualTo(1);
    }

    @Test
    void compare_tooManyRuns_is422NamingRuns() {
        TestServer.Reply reply = api.post("/api/v1/compare", analyst, "{\"runs\":100000,\"regimes\":[\"nope\"]}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(ApiEndpointsContract.paths(reply.json())).containsExactlyInAnyOrder("runs", "regimes[0]");
    }

    @Test
    void compare_unknownAssumption_is422WithItsPath() {
        TestServer.Reply reply = api.post("/api/v1/compare", analyst, "{\"runs\":1,\"assumptions\":{\"noSuchKey\":1}}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("noSuchKey");
    }

    @Test
    void unknownJob_is404() {
        assertThat(api.get("/api/v1/jobs/no-such-job/result", analyst).status()).isEqualTo(404);
    }

    /** Polls the job until it is no longer queued or running; the bound only keeps a broken build from hanging. */
    private JsonNode await(String location) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            JsonNode job = api.get(location, analyst).json();
            String status = job.path("status").asText();
            if (!status.equals("queued") && !status.equals("running")) {
                assertThat(job.path("error").isNull()).as(job.toString()).isTrue();
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + location + " did not finish in 5 minutes");
    }
}
