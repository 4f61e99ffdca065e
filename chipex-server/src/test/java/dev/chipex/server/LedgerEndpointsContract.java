package dev.chipex.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.server.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger routes and check with commit against a real server; run once per database by the subclasses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LedgerEndpointsContract {
    private TestServer api;
    private String regulator;
    private String exporter;

    abstract Stores database();

    @BeforeAll
    void start() {
        api = new TestServer(database());
        regulator = api.keys.get(Role.REGULATOR);
        exporter = api.keys.get(Role.EXPORTER);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void reserveThenCommit_availableFallsByTheAmount_andTheJournalVerifies() {
        open("CONSIGNEE_YEAR", "acme chips", "2031", 10_000);
        String account = "/api/v1/ledger/accounts/CONSIGNEE_YEAR/acme%20chips/2031";
        TestServer.Reply reserved = api.post("/api/v1/ledger/reservations", exporter, "r-2031",
                "{\"account\":\"CONSIGNEE_YEAR/acme chips/2031\",\"amountTpp\":4000,\"holdHours\":24}");
        assertThat(reserved.status()).isEqualTo(201);
        String id = reserved.json().path("reservation").path("id").asText();
        assertThat(reserved.location()).isEqualTo("/api/v1/ledger/reservations/" + id);
        assertThat(api.get(account, exporter).json().path("reservedTpp").asLong()).isEqualTo(4000);
        TestServer.Reply committed = api.post("/api/v1/ledger/reservations/" + id + "/commit", exporter, "c-2031", "");
        assertThat(committed.status()).isEqualTo(200);
        assertThat(committed.json().path("reservation").path("state").asText()).isEqualTo("COMMITTED");
        JsonNode balance = api.get(account, exporter).json();
        assertThat(balance.path("committedTpp").asLong()).isEqualTo(4000);
        assertThat(balance.path("reservedTpp").asLong()).isZero();
        assertThat(balance.path("availableTpp").asLong()).isEqualTo(6000);
        JsonNode verify = api.get("/api/v1/ledger/verify", regulator).json();
        assertThat(verify.path("passed").asBoolean()).isTrue();
        assertThat(verify.path("entriesChecked").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void reserve_retriedWithTheSameKey_returnsTheFirstAnswerAndHoldsOnce() {
        open("CONSIGNEE_YEAR", "acme chips", "2032", 10_000);
        String body = "{\"account\":\"CONSIGNEE_YEAR/acme chips/2032\",\"amountTpp\":3000}";
        TestServer.Reply first = api.post("/api/v1/ledger/reservations", exporter, "retry-2032", body);
        TestServer.Reply again = api.post("/api/v1/ledger/reservations", exporter, "retry-2032", body);
        assertThat(again.status()).isEqualTo(first.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.replayed()).isTrue();
        assertThat(first.replayed()).isFalse();
        assertThat(api.get("/api/v1/ledger/accounts/CONSIGNEE_YEAR/acme%20chips/2032", exporter).json()
                .path("reservedTpp").asLong()).isEqualTo(3000);
        TestServer.Reply reused = api.post("/api/v1/ledger/reservations", exporter, "retry-2032",
                "{\"account\":\"CONSIGNEE_YEAR/acme chips/2032\",\"amountTpp\":1}");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().path("refusal").asText()).isEqualTo("KEY_REUSED");
    }

    @Test
    void reserve_moreThanIsAvailable_is409WithTheAvailableAmount() {
        open("CONSIGNEE_YEAR", "acme chips", "2033", 1_000);
        TestServer.Reply reply = api.post("/api/v1/ledger/reservations", exporter, "over-2033",
                "{\"account\":\"CONSIGNEE_YEAR/acme chips/2033\",\"amountTpp\":1001}");
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().path("refusal").asText()).isEqualTo("INSUFFICIENT_QUOTA");
        assertThat(reply.json().path("availableTpp").asLong()).isEqualTo(1000);
        assertThat(api.get("/api/v1/ledger/accounts/CONSIGNEE_YEAR/acme%20chips/2033", exporter).json()
                .path("reservedTpp").asLong()).isZero();
    }

    @Test
    void ledgerChange_withoutIdempotencyKey_is400NamingTheHeader() {
        TestServer.Reply reply = api.post("/api/v1/ledger/reservations", exporter,
                "{\"account\":\"CONSIGNEE_YEAR/acme chips/2031\",\"amountTpp\":1}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(ApiEndpointsContract.paths(reply.json())).containsExactly("Idempotency-Key");
    }

    @Test
    void commitUnknownReservation_is404() {
        TestServer.Reply reply = api.post("/api/v1/ledger/reservations/res-999999/commit", regulator, "unknown", "");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
    }

    @Test
    void releasedReservation_givesItsQuotaBack_andCannotBeCommitted() {
        open("CONSIGNEE_YEAR", "acme chips", "2034", 5_000);
        String id = api.post("/api/v1/ledger/reservations", exporter, "r-2034",
                "{\"account\":\"CONSIGNEE_YEAR/acme chips/2034\",\"amountTpp\":5000}").json()
                .path("reservation").path("id").asText();
        assertThat(api.post("/api/v1/ledger/reservations/" + id + "/release", exporter, "rel-2034", "").status())
                .isEqualTo(200);
        TestServer.Reply commit = api.post("/api/v1/ledger/reservations/" + id + "/commit", exporter, "com-2034", "");
        assertThat(commit.status()).isEqualTo(409);
        assertThat(commit.json().path("refusal").asText()).isEqualTo("RESERVATION_SETTLED");
        assertThat(api.get("/api/v1/ledger/accounts/CONSIGNEE_YEAR/acme%20chips/2034", exporter).json()
                .path("availableTpp").asLong()).isEqualTo(5000);
    }

    @Test
    void checkWithCommit_retried_debitsTheLppOnce() {
        String body = "{\"regime\":\"ai-diffusion-2025\",\"date\":\"2025-06-01\",\"item\":\"NVIDIA H100 SXM\","
                + "\"quantity\":1000,\"destination\":\"IN\",\"consignee\":\"Commit Once Ltd\",\"consigneeHq\":\"IN\",\"commit\":true}";
        TestServer.Reply first = api.post("/api/v1/check", exporter, "ship-1", body);
        TestServer.Reply retry = api.post("/api/v1/check", exporter, "ship-1", body);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("outcome").asText()).isEqualTo("EXCEPTION");
        assertThat(retry.body()).isEqualTo(first.body());
        long debited = first.json().path("debits").get(0).path("amountTpp").asLong();
        assertThat(first.json().path("recorded").path("entries").size()).isPositive();
        JsonNode lpp = api.get("/api/v1/ledger/accounts/CONSIGNEE_YEAR/commit%20once%20ltd/2025", regulator).json();
        assertThat(lpp.path("committedTpp").asLong()).isEqualTo(debited).isEqualTo(expectedLppDebit(1000));
    }

    @Test
    void checkWithoutCommit_readsTheRecordedUse() {
        String shipment = "\"regime\":\"ai-diffusion-2025\",\"date\":\"2025-06-01\",\"item\":\"NVIDIA H100 SXM\","
                + "\"destination\":\"IN\",\"consignee\":\"Live Balance Ltd\",\"consigneeHq\":\"IN\"";
        JsonNode before = api.post("/api/v1/check", exporter, "{" + shipment + ",\"quantity\":1000}").json();
        long capacity = before.path("debits").get(0).path("capacityTpp").asLong();
        assertThat(api.post("/api/v1/check", regulator, "live-1", "{" + shipment + ",\"quantity\":1000,\"commit\":true}")
                .status()).isEqualTo(200);
        JsonNode small = api.post("/api/v1/check", exporter, "{" + shipment + ",\"quantity\":500}").json();
        assertThat(small.path("outcome").asText()).isEqualTo("EXCEPTION");
        assertThat(small.path("debits").get(0).path("balanceBeforeTpp").asLong())
                .isEqualTo(capacity - expectedLppDebit(1000));
        // The same 1,000 again no longer fit in what is left of the consignee's LPP (15 CFR 740.29).
        JsonNode again = api.post("/api/v1/check", exporter, "{" + shipment + ",\"quantity\":1000}").json();
        assertThat(again.path("outcome").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(again.path("shortfall").path("availableTpp").asLong()).isEqualTo(capacity - expectedLppDebit(1000));
    }

    @Test
    void checkWithCommit_asAnalyst_is403() {
        TestServer.Reply reply = api.post("/api/v1/check", api.keys.get(Role.ANALYST), "analyst-commit",
                "{\"regime\":\"pre-2025\",\"item\":\"NVIDIA H100 SXM\",\"quantity\":1,\"destination\":\"IN\",\"consignee\":\"A\",\"consigneeHq\":\"IN\",\"commit\":true}");
        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void adjustmentAndAgreement_byTheRegulator_areRecordedAndListed() {
        open("COUNTRY_ALLOCATION", "AE", "2035", 1_000);
        TestServer.Reply adjusted = api.post("/api/v1/ledger/adjustments", regulator, "adj-2035",
                "{\"account\":\"COUNTRY_ALLOCATION/AE/2035\",\"target\":\"CAPACITY\",\"deltaTpp\":1000,"
                        + "\"reason\":\"doubled by agreement\"}");
        assertThat(adjusted.status()).isEqualTo(200);
        assertThat(adjusted.json().path("capacityTpp").asLong()).isEqualTo(2000);
        TestServer.Reply agreement = api.post("/api/v1/ledger/agreements", regulator, "agr-2035",
                "{\"id\":\"g2g-ae-2035\",\"kind\":\"GOVERNMENT_TO_GOVERNMENT\",\"country\":\"AE\","
                        + "\"effectiveFrom\":\"2035-01-01\",\"terms\":\"doubles the allocation\"}");
        assertThat(agreement.status()).isEqualTo(201);
        JsonNode list = api.get("/api/v1/ledger/agreements", exporter).json();
        assertThat(list.findValuesAsText("id")).contains("g2g-ae-2035");
        JsonNode accounts = api.get("/api/v1/ledger/accounts?kind=COUNTRY_ALLOCATION&holder=AE", exporter).json();
        assertThat(accounts.findValuesAsText("account")).containsExactly("COUNTRY_ALLOCATION/AE/2035");
    }

    @Test
    void check_afterARecordedGovernmentAgreement_doublesTheAllocation() {
        // Diffusion rule: a Tier 2 country with a government-to-government agreement gets twice the
        // allocation (90 FR 4544, Supp. No. 5 to Part 740 para. (b); agreementMultiplier 2 in the regime).
        String shipment = "{\"regime\":\"ai-diffusion-2025\",\"date\":\"2025-06-01\",\"item\":\"NVIDIA H100 SXM\","
                + "\"quantity\":40000,\"destination\":\"BR\",\"consignee\":\"Big Cloud\",\"consigneeHq\":\"BR\"}";
        long before = allocationCapacity(api.post("/api/v1/check", exporter, shipment).json());
        assertThat(api.post("/api/v1/ledger/agreements", regulator, "g2g-br", "{\"id\":\"g2g-br-2025\","
                + "\"kind\":\"GOVERNMENT_TO_GOVERNMENT\",\"country\":\"BR\",\"effectiveFrom\":\"2025-01-01\"}").status())
                .isEqualTo(201);
        long after = allocationCapacity(api.post("/api/v1/check", exporter, shipment).json());
        assertThat(after).isEqualTo(2 * before);
    }

    private static long allocationCapacity(JsonNode determination) {
        for (JsonNode debit : determination.path("debits")) {
            if (debit.path("kind").asText().equals("COUNTRY_ALLOCATION")) {
                return debit.path("capacityTpp").asLong();
            }
        }
        throw new AssertionError("no allocation debit in " + determination);
    }

    @Test
    void openAccount_badFields_is422WithEveryField() {
        TestServer.Reply reply = api.post("/api/v1/ledger/accounts", regulator, "bad-open",
                "{\"kind\":\"NOPE\",\"holder\":\"a/b\",\"capacityTpp\":-1}");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(ApiEndpointsContract.paths(reply.json())).contains("kind", "holder", "period", "capacityTpp");
    }

    private void open(String kind, String holder, String period, long capacity) {
        TestServer.Reply reply = api.post("/api/v1/ledger/accounts", regulator, "open-" + kind + holder + period,
                "{\"kind\":\"" + kind + "\",\"holder\":\"" + holder + "\",\"period\":\"" + period + "\",\"capacityTpp\":"
                        + capacity + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    /** What the engine itself debits from the consignee's LPP for the shipment. */
    private static long expectedLppDebit(long quantity) {
        CatalogChip chip = ChipCatalog.bundled().resolve("item", "NVIDIA H100 SXM");
        Transaction t = new Transaction("t", LocalDate.parse("2025-06-01"), new Item.Chips(chip.name(), chip.spec(), 1,
                chip.memoryBandwidthGBs()), quantity, "IN", "x", "IN", Optional.empty(), Optional.empty(), Optional.empty());
        Determination d = DecisionEngine.of(RegimeCatalog.builtIn().get("ai-diffusion-2025")).decide(t, new InMemoryQuotaBook());
        return d.debits().stream().filter(q -> q.account().kind().name().equals("CONSIGNEE_YEAR"))
                .mapToLong(QuotaDebit::amountTpp).sum();
    }
}
