package dev.chipex.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.server.access.Role;
import dev.chipex.server.api.ApiRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The served OpenAPI document and the route table describe the same routes with the same roles. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiSyncTest {
    private TestServer api;
    private JsonNode document;

    @BeforeAll
    void start() {
        api = new TestServer(TestDatabases.sqlite());
        document = api.get("/api/openapi.json", null).json();
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void openApi_operations_matchTheRegisteredRoutesAndRoles() {
        Map<String, Set<String>> documented = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                Set<String> roles = new TreeSet<>();
                op.getValue().path("x-chipex-roles").forEach(r -> roles.add(r.asText()));
                documented.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), roles);
            });
        }
        Map<String, Set<String>> registered = new TreeMap<>();
        for (ApiRoute route : api.server.routes()) {
            Set<String> roles = new TreeSet<>();
            route.roles().stream().map(Role::code).forEach(roles::add);
            registered.put(route.method().name() + " " + route.path(), roles);
        }
        assertThat(documented).isEqualTo(registered);
    }

    @Test
    void openApi_everySchemaReference_resolves() {
        Set<String> refs = new TreeSet<>();
        collectRefs(document, refs);
        assertThat(refs).isNotEmpty();
        refs.forEach(ref -> assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
    }

    @Test
    void docsPage_loadsSwaggerUiFromTheWebjar() {
        TestServer.Reply page = api.get("/api/docs", null);
        assertThat(page.status()).isEqualTo(200);
        String script = page.body().replaceAll("(?s).*src=\"(/webjars/swagger-ui/[^\"]+)\".*", "$1");
        assertThat(api.get(script, null).status()).isEqualTo(200);
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }
}
