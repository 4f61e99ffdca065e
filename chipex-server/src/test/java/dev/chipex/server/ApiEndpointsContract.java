package dev.chipex.server;

import dev.chipex.core.explanation.Explainer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.server.access.Role;
import dev.chipex.core.explanation.DeterminationFields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The API against a real server on a random port; run once per database by the subclasses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiEndpointsContract {
    TestServer api;
    String key;

    abstract Stores database();

    @BeforeAll
    void start() {
        api = new TestServer(database());
        key = api.keys.get(Role.ANALYST);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void classify_catalogChipByName_returnsItsEccnAndTpp() {
        JsonNode json = api.get("/api/v1/classify?chip=NVIDIA%20H100%20SXM", key).json();
        CatalogChip h100 = ChipCatalog.bundled().resolve("chip", "NVIDIA H100 SXM");
        assertThat(json.path("eccn").asText()).isEqualTo("3A090.a");
        assertThat(json.path("tpp").asDouble()).isEqualTo(h100.spec().tpp());
        assertThat(json.path("chip").asText()).isEqualTo(h100.name());
    }

    @Test
    void classify_rawFiguresBelowEveryThreshold_isNotControlled() {
        JsonNode json = api.post("/api/v1/classify", key, "{\"rates\":[\"10@8\"],\"dieArea\":100}").json();
        assertThat(json.path("eccn").asText()).isEqualTo("none");
        assertThat(json.path("tpp").asDouble()).isEqualTo(80.0);
        assertThat(json.path("performanceDensity").asDouble()).isEqualTo(0.8);
    }

    @Test
    void classify_badRate_is422NamingTheArrayElement() {
        TestServer.Reply reply = api.post("/api/v1/classify", key, "{\"rates\":[\"989\"],\"chips\":0}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.isProblem()).isTrue();
        assertThat(paths(reply.json())).containsExactlyInAnyOrder("rates[0]", "chips");
    }

    @Test
    void check_shipmentUnderPre2025ToChina_requiresALicenseWithCitation() {
        JsonNode d = api.post("/api/v1/check", key, "{\"regime\":\"pre-2025\",\"date\":\"2024-12-01\","
                + "\"item\":\"NVIDIA H100 SXM\",\"quantity\":10,\"destination\":\"CN\",\"consignee\":\"Example Ltd\",\"consigneeHq\":\"CN\"}").json();
        assertThat(d.path("outcome").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(d.path("citation").asText()).isNotBlank();
        assertThat(d.path("control").asText()).startsWith("pre-2025.");
        assertThat(d.path("trace").size()).isPositive();
    }

    @Test
    void check_anyShipment_isTheEnginesDeterminationAsJson() {
        Transaction t = shipment("t1", "2025-06-01", 5000, "IN");
        Determination expected = DecisionEngine.of(RegimeCatalog.builtIn().get("ai-diffusion-2025"))
                .decide(t, new InMemoryQuotaBook());
        JsonNode d = api.post("/api/v1/check", key, "{\"regime\":\"ai-diffusion-2025\",\"date\":\"2025-06-01\","
                + "\"item\":\"NVIDIA H100 SXM\",\"quantity\":5000,\"destination\":\"India\",\"consignee\":\"Acme Cloud\",\"consigneeHq\":\"IN\"}").json();
        assertThat(d).isEqualTo(asParsed(fields(expected)));
        assertThat(d.has("exception") && d.has("policy") && d.has("debits") && d.has("explanation")).isTrue();
    }

    /** Issue #20: a check that names no regime is decided under what US authorities enforce, and says so. */
    @Test
    void check_noRegime_decidedUnderUsEnforcedWithItsStatus() {
        JsonNode d = api.post("/api/v1/check", key, "{\"date\":\"2025-06-01\",\"item\":\"NVIDIA H100 SXM\","
                + "\"quantity\":10,\"destination\":\"CN\",\"consignee\":\"Example Ltd\",\"consigneeHq\":\"CN\"}").json();
        JsonNode diffusion = api.post("/api/v1/check", key, "{\"regime\":\"ai-diffusion-2025\",\"date\":\"2025-06-01\","
                + "\"item\":\"NVIDIA H100 SXM\",\"quantity\":10,\"destination\":\"IN\",\"consignee\":\"Acme\",\"consigneeHq\":\"IN\"}").json();

        assertThat(d.path("regime").asText()).isEqualTo("us-enforced");
        assertThat(d.path("regimeStatus").asText()).isEqualTo("in-force");
        assertThat(diffusion.path("regimeStatus").asText()).isEqualTo("not-enforced");
        assertThat(diffusion.path("explanation").asText()).contains("not enforced on this date");
    }

    @Test
    void check_determination_startsWithTheEightContractFieldsInOrder() {
        JsonNode d = api.post("/api/v1/check", key, "{\"regime\":\"pre-2025\",\"item\":\"NVIDIA H100 SXM\","
                + "\"quantity\":1,\"destination\":\"DE\",\"consignee\":\"Example GmbH\",\"consigneeHq\":\"DE\"}").json();
        List<String> names = new ArrayList<>();
        d.fieldNames().forEachRemaining(names::add);
        assertThat(names.subList(0, 8)).containsExactly("id", "outcome", "exception", "policy", "control", "citation",
                "explanation", "debits");
    }

    @Test
    void regimesDiff_preVersusDiffusion_listsTheTier3Licenses() {
        JsonNode diff = api.get("/api/v1/regimes/diff?a=pre-2025&b=ai-diffusion-2025&date=2025-06-01", key).json();
        assertThat(diff.path("count").asInt()).isEqualTo(diff.path("differences").size()).isPositive();
        assertThat(diff.path("differences").findValuesAsText("outcome")).anySatisfy(o -> assertThat(o).startsWith("LICENSE_REQUIRED"));
        // An Indian-headquartered consignee in Germany: NLR before, LPP (not AIA) under the Diffusion rule (740.27(a)).
        assertThat(diff.path("differences")).anySatisfy(d -> {
            assertThat(d.path("headquartersAlike").toString()).contains("\"IN\"");
            assertThat(d.path("countries").toString()).contains("\"DE\"");
            assertThat(d.path("right").path("outcome").asText()).isEqualTo("EXCEPTION LPP");
        });
        assertThat(api.get("/api/v1/regimes/diff?a=pre-2025&b=nope", key).status()).isEqualTo(422);
    }

    @Test
    void check_everyBadField_isReportedAtOnceWithItsPath() {
        TestServer.Reply reply = api.post("/api/v1/check", key, "{\"regime\":\"no-such-regime\",\"date\":\"01/06/2025\","
                + "\"item\":\"H100\",\"quantity\":0,\"destination\":\"Narnia\",\"colour\":\"red\"}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(paths(reply.json())).contains("regime", "date", "quantity", "destination", "consignee", "colour");
    }

    @Test
    void check_malformedJson_is400() {
        TestServer.Reply reply = api.post("/api/v1/check", key, "{\"regime\": ");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("detail").asText()).contains("not valid JSON");
    }

    @Test
    void check_bodyOverTheLimit_is413() {
        TestServer.Reply reply = api.postDeclaringOnly("/api/v1/check", key, 2_000_000);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void check_textOverTheLimit_is422() {
        TestServer.Reply reply = api.post("/api/v1/check", key, "{\"regime\":\"pre-2025\",\"destination\":\"CN\","
                + "\"item\":\"NVIDIA H100 SXM\",\"quantity\":1,\"consigneeHq\":\"CN\",\"consignee\":\"" + "x".repeat(500)
                + "\"}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(paths(reply.json())).containsExactly("consignee");
    }

    @Test
    void batch_decidesInDateOrderAgainstOneQuotaBook() {
        List<Transaction> inDateOrder = List.of(shipment("early", "2025-03-01", 1200, "IN"),
                shipment("late", "2025-09-01", 1200, "IN"));
        DecisionEngine engine = DecisionEngine.of(RegimeCatalog.builtIn().get("ai-diffusion-2025"));
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        List<JsonNode> expected = new ArrayList<>();
        for (Transaction t : inDateOrder) {
            Determination d = engine.decide(t, book);
            book.apply(d.debits());
            expected.add(asParsed(fields(d)));
        }
        String row = "{\"id\":\"%s\",\"date\":\"%s\",\"item\":\"NVIDIA H100 SXM\",\"quantity\":1200,"
                + "\"destination\":\"IN\",\"consignee\":\"Acme Cloud\",\"consigneeHq\":\"IN\"}";
        JsonNode json = api.post("/api/v1/check/batch", key, "{\"regime\":\"ai-diffusion-2025\",\"transactions\":["
                + String.format(row, "late", "2025-09-01") + "," + String.format(row, "early", "2025-03-01") + "]}").json();
        assertThat(json.path("determinations").get(0)).isEqualTo(expected.get(0));
        assertThat(json.path("determinations").get(1)).isEqualTo(expected.get(1));
    }

    @Test
    void batch_overTheBatchLimit_is413NamingTransactions() {
        String row = "{\"item\":\"NVIDIA H100 SXM\",\"quantity\":1,\"destination\":\"IN\",\"consignee\":\"A\",\"consigneeHq\":\"IN\"}";
        String rows = String.join(",", java.util.Collections.nCopies(1001, row));
        TestServer.Reply reply = api.post("/api/v1/check/batch", key, "{\"regime\":\"pre-2025\",\"transactions\":[" + rows + "]}");
        assertThat(reply.status()).isEqualTo(413);
        assertThat(paths(reply.json())).containsExactly("transactions");
    }

    @Test
    void batch_badRow_is422WithTheRowIndexInThePath() {
        TestServer.Reply reply = api.post("/api/v1/check/batch", key, "{\"regime\":\"pre-2025\",\"transactions\":["
                + "{\"item\":\"NVIDIA H100 SXM\",\"quantity\":1,\"destination\":\"IN\",\"consignee\":\"A\",\"consigneeHq\":\"IN\"},"
                + "{\"item\":\"NVIDIA H100 SXM\",\"quantity\":1,\"destination\":\"Atlantis\",\"consignee\":\"A\",\"consigneeHq\":\"IN\"}]}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(paths(reply.json())).containsExactly("transactions[1].destination");
    }

    @Test
    void regimes_list_hasEveryBuiltInRegime() {
        JsonNode json = api.get("/api/v1/regimes", key).json();
        List<String> ids = new ArrayList<>();
        json.forEach(r -> ids.add(r.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(RegimeCatalog.builtIn().ids());
    }

    @Test
    void regimes_show_listsControlsWithCitations() {
        JsonNode json = api.get("/api/v1/regimes/ai-diffusion-2025", key).json();
        assertThat(json.path("controls").size()).isPositive();
        json.path("controls").forEach(c -> assertThat(c.path("citation").asText()).isNotBlank());
    }

    @Test
    void regimes_unknownId_is404() {
        TestServer.Reply reply = api.get("/api/v1/regimes/no-such-regime", key);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("detail").asText()).contains("pre-2025");
    }

    @Test
    void countries_oneCountryUnderDiffusion_hasTierAndCaps() {
        JsonNode india = api.get("/api/v1/countries/IN?regime=ai-diffusion-2025&date=2025-06-01", key).json();
        JsonNode germany = api.get("/api/v1/countries/DE?regime=ai-diffusion-2025&date=2025-06-01", key).json();
        assertThat(india.path("regime").path("tier").asText()).isEqualTo("tier2");
        assertThat(india.path("regime").path("caps").size()).isPositive();
        assertThat(germany.path("regime").path("tier").asText()).isEqualTo("tier1");
        assertThat(germany.path("regime").path("caps").size()).isZero();
        assertThat(germany.path("numeric").asText()).isEqualTo("276");
    }

    @Test
    void countries_unknownCode_is404() {
        assertThat(api.get("/api/v1/countries/XX", key).status()).isEqualTo(404);
    }

    @Test
    void tiers_diffusion_putsChinaInTier3AndTheUsInTier1() {
        JsonNode json = api.get("/api/v1/tiers?regime=ai-diffusion-2025&date=2025-06-01", key).json();
        assertThat(json.path("countries").path("CN").asText()).isEqualTo("tier3");
        assertThat(json.path("countries").path("US").asText()).isEqualTo("tier1");
        assertThat(json.path("countries").path("IN").asText()).isEqualTo("tier2");
    }

    @Test
    void tiers_missingRegime_is422() {
        TestServer.Reply reply = api.get("/api/v1/tiers", key);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(paths(reply.json())).containsExactly("regime");
    }

    @Test
    void anyRoute_keyInXApiKeyHeader_isAccepted() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + "/api/v1/me"))
                .header("X-API-Key", api.keys.get(Role.EXPORTER)).GET().build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"company\":\"Acme Chips\"");
    }

    @Test
    void unknownRoute_is404ProblemJson() {
        TestServer.Reply reply = api.get("/api/v1/nothing-here", key);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
    }

    private static Transaction shipment(String id, String date, long quantity, String destination) {
        CatalogChip chip = ChipCatalog.bundled().resolve("item", "NVIDIA H100 SXM");
        return new Transaction(id, LocalDate.parse(date), new Item.Chips(chip.name(), chip.spec(), 1,
                chip.memoryBandwidthGBs()), quantity, destination, "Acme Cloud", destination,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    static JsonNode fields(Determination d) {
        DecisionEngine engine = DecisionEngine.of(RegimeCatalog.builtIn().get(d.regime()));
        return dev.chipex.server.api.Json.mapper().valueToTree(DeterminationFields.of(d, Explainer.of(engine)));
    }

    /** The node as a client reads it back (Jackson parses small longs as ints). */
    private static JsonNode asParsed(JsonNode node) {
        try {
            return dev.chipex.server.api.Json.mapper().readTree(node.toString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> paths(JsonNode problem) {
        List<String> paths = new ArrayList<>();
        problem.path("errors").forEach(e -> paths.add(e.path("path").asText()));
        return paths;
    }
}
