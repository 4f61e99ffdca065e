package dev.chipex.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.server.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's company boundary: an exporter of another company ("Globex") is refused, with a 403
 * reported to the denial log, on Acme Chips' account and reservation, and sees none of Acme's history.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnershipTest {
    private static final String ACCOUNT = "/api/v1/ledger/accounts/CONSIGNEE_YEAR/acme%20chips/2025";
    private TestServer api;
    private String reservation;

    @BeforeAll
    void start() {
        api = new TestServer(TestDatabases.sqlite());
        assertThat(api.post("/api/v1/ledger/accounts", api.keys.get(Role.REGULATOR), "open-acme",
                "{\"kind\":\"CONSIGNEE_YEAR\",\"holder\":\"acme chips\",\"period\":\"2025\",\"capacityTpp\":100000}")
                .status()).isEqualTo(201);
        TestServer.Reply reserved = api.post("/api/v1/ledger/reservations", api.keys.get(Role.EXPORTER), "acme-1",
                "{\"account\":\"CONSIGNEE_YEAR/acme chips/2025\",\"amountTpp\":5000}");
        assertThat(reserved.status()).isEqualTo(201);
        reservation = reserved.json().path("reservation").path("id").asText();
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void ownCompany_readsItsAccountAndReservation() {
        assertThat(api.get(ACCOUNT, api.keys.get(Role.EXPORTER)).json().path("reservedTpp").asLong()).isEqualTo(5000);
        assertThat(api.get("/api/v1/ledger/reservations/" + reservation, api.keys.get(Role.EXPORTER)).json()
                .path("reservedBy").asText()).isEqualTo("exporter:Acme Chips");
    }

    @Test
    void otherCompany_everyReadAndWriteOfAcmesQuota_is403AndLogged() {
        api.denials.clear();
        List<Integer> statuses = new ArrayList<>();
        statuses.add(api.get(ACCOUNT, api.otherExporter).status());
        statuses.add(api.get("/api/v1/ledger/reservations/" + reservation, api.otherExporter).status());
        statuses.add(api.post("/api/v1/ledger/reservations", api.otherExporter, "globex-1",
                "{\"account\":\"CONSIGNEE_YEAR/acme chips/2025\",\"amountTpp\":1}").status());
        statuses.add(api.post("/api/v1/ledger/reservations/" + reservation + "/commit", api.otherExporter, "globex-2",
                "{}").status());
        statuses.add(api.post("/api/v1/ledger/reservations/" + reservation + "/release", api.otherExporter, "globex-3",
                "{}").status());
        statuses.add(api.get("/api/v1/ledger/history?account=CONSIGNEE_YEAR/acme%20chips/2025", api.otherExporter).status());
        assertThat(statuses).containsOnly(403);
        assertThat(api.denials).hasSize(6).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(403);
            assertThat(d.keyId()).isNotEmpty();
        });
        assertThat(api.get(ACCOUNT, api.keys.get(Role.EXPORTER)).json().path("reservedTpp").asLong()).isEqualTo(5000);
    }

    @Test
    void otherCompany_historyAndAccountList_leaveOutAcme() {
        JsonNode history = api.get("/api/v1/ledger/history", api.otherExporter).json();
        assertThat(history.path("entries").size()).isZero();
        JsonNode accounts = api.get("/api/v1/ledger/accounts", api.otherExporter).json();
        accounts.forEach(a -> assertThat(a.path("holder").asText()).isNotEqualTo("acme chips"));
        JsonNode own = api.get("/api/v1/ledger/history", api.keys.get(Role.EXPORTER)).json();
        assertThat(own.path("entries").size()).isEqualTo(1);
        assertThat(own.path("entries").get(0).path("actor").asText()).isEqualTo("exporter:Acme Chips");
        JsonNode all = api.get("/api/v1/ledger/history", api.keys.get(Role.REGULATOR)).json();
        assertThat(all.path("entries").size()).isEqualTo(2);
    }
}
