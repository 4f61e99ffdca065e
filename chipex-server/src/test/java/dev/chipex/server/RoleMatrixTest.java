package dev.chipex.server;

import dev.chipex.server.access.Role;
import dev.chipex.server.api.ApiRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route x every role (and no key, and an unknown key) against a real server. The expected
 * matrix is written out here, independently of the route table, and must cover every route.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {
    private static final Set<Role> ANY = EnumSet.allOf(Role.class);
    private static final Set<Role> PUBLIC = EnumSet.noneOf(Role.class);
    private static final Set<Role> LEDGER = EnumSet.of(Role.EXPORTER, Role.REGULATOR);
    private static final Set<Role> REGULATOR = EnumSet.of(Role.REGULATOR);
    private static final Set<Role> SIMULATION = EnumSet.of(Role.ANALYST, Role.REGULATOR);
    private static final Map<String, Set<Role>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("GET /api/v1/classify", ANY);
        EXPECTED.put("POST /api/v1/classify", ANY);
        EXPECTED.put("POST /api/v1/check", ANY);
        EXPECTED.put("POST /api/v1/check/batch", ANY);
        EXPECTED.put("GET /api/v1/countries", ANY);
        EXPECTED.put("GET /api/v1/countries/{code}", ANY);
        EXPECTED.put("GET /api/v1/tiers", ANY);
        EXPECTED.put("GET /api/v1/regimes", ANY);
        EXPECTED.put("GET /api/v1/regimes/{id}", ANY);
        EXPECTED.put("GET /api/v1/regimes/diff", ANY);
        EXPECTED.put("GET /api/v1/me", ANY);
        EXPECTED.put("GET /api/v1/ledger/accounts", LEDGER);
        EXPECTED.put("GET /api/v1/ledger/accounts/{kind}/{holder}/{period}", LEDGER);
        EXPECTED.put("POST /api/v1/ledger/accounts", REGULATOR);
        EXPECTED.put("POST /api/v1/ledger/reservations", LEDGER);
        EXPECTED.put("GET /api/v1/ledger/reservations/{id}", LEDGER);
        EXPECTED.put("POST /api/v1/ledger/reservations/{id}/commit", LEDGER);
        EXPECTED.put("POST /api/v1/ledger/reservations/{id}/release", LEDGER);
        EXPECTED.put("POST /api/v1/ledger/adjustments", REGULATOR);
        EXPECTED.put("GET /api/v1/ledger/agreements", LEDGER);
        EXPECTED.put("POST /api/v1/ledger/agreements", REGULATOR);
        EXPECTED.put("GET /api/v1/ledger/history", LEDGER);
        EXPECTED.put("GET /api/v1/ledger/verify", REGULATOR);
        EXPECTED.put("POST /api/v1/compare", SIMULATION);
        EXPECTED.put("POST /api/v1/simulate", SIMULATION);
        EXPECTED.put("GET /api/v1/jobs/{id}", SIMULATION);
        EXPECTED.put("GET /api/v1/jobs/{id}/result", SIMULATION);
        EXPECTED.put("GET /api/v1/jobs/{id}/report", SIMULATION);
        EXPECTED.put("GET /api/openapi.json", PUBLIC);
        EXPECTED.put("GET /api/docs", PUBLIC);
    }

    private TestServer api;

    @BeforeAll
    void start() {
        api = new TestServer(TestDatabases.sqlite());
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void matrix_coversEveryRegisteredRoute() {
        Set<String> registered = new TreeSet<>();
        api.server.routes().forEach(r -> registered.add(r.method().name() + " " + r.path()));
        assertThat(registered).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void everyRoute_everyRole_isAllowedOrRefusedAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (ApiRoute route : api.server.routes()) {
            String name = route.method().name() + " " + route.path();
            Set<Role> allowed = EXPECTED.get(name);
            String path = route.path().replace("{code}", "DE").replace("{id}", "pre-2025")
                    .replace("{kind}/{holder}/{period}", "CONSIGNEE_YEAR/acme%20chips/2025");
            expect(wrong, name + " without a key", send(route, path, null), allowed.isEmpty() ? 200 : 401);
            expect(wrong, name + " with an unknown key", send(route, path, "not-a-key"), allowed.isEmpty() ? 200 : 401);
            for (Role role : Role.values()) {
                int status = send(route, path, api.keys.get(role));
                boolean refused = status == 401 || status == 403;
                if (allowed.isEmpty() || allowed.contains(role)) {
                    if (refused) {
                        wrong.add(name + " as " + role.code() + ": refused with " + status);
                    }
                } else {
                    expect(wrong, name + " as " + role.code(), status, 403);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void deniedRequest_isReportedToTheDenialLog() {
        api.denials.clear();
        TestServer.Reply reply = api.get("/api/v1/regimes", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).isTrue();
        assertThat(api.denials).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(401);
            assertThat(d.path()).isEqualTo("/api/v1/regimes");
            assertThat(d.reason()).contains("no API key");
        });
    }

    /** Sends the route a request that changes nothing when allowed: a simulation body with 0 runs is refused. */
    private int send(ApiRoute route, String path, String key) {
        if (path.equals("/api/v1/compare") || path.equals("/api/v1/simulate")) {
            return api.post(path, key, "{\"runs\":0}").status();
        }
        return api.send(route.method().name(), path, key).status();
    }

    private static void expect(List<String> wrong, String what, int status, int expected) {
        if (status != expected) {
            wrong.add(what + ": expected " + expected + ", got " + status);
        }
    }
}
