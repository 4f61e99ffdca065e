package dev.chipex.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.server.access.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A real failure inside the server (its store's table is gone) becomes a 500 with only a correlation id. */
class InternalErrorTest {
    @Test
    void storeFailure_is500WithCorrelationIdAndNoStackTrace() {
        try (TestServer api = new TestServer(TestDatabases.sqlite())) {
            String key = api.keys.get(Role.ANALYST);
            TestDatabases.execute(api.database, "DROP TABLE server_api_keys");
            TestServer.Reply reply = api.get("/api/v1/regimes", key);
            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.isProblem()).isTrue();
            JsonNode body = reply.json();
            assertThat(body.path("correlationId").asText()).matches("[0-9a-f-]{36}");
            assertThat(reply.body()).doesNotContain("Exception", "\tat ", "server_api_keys", "SQL");
        }
    }
}
