package dev.chipex.sim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chipex.core.regime.RegimeCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The compare JSON contract of ARCHITECTURE.md §6. */
class ComparisonJsonTest {
    private static final List<String> FIGURES = List.of("shippedH100e", "blockedH100e", "licenseApplications",
            "controlShare", "diversionH100e", "exportRevenueUsd", "foreignDemandServedShare", "leverageH100e",
            "competitorShare");

    @Test
    void write_oneRun_hasEveryContractFieldAndNoIntervals() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ComparisonJson.write(Fixtures.ONE_RUN));
        assertThat(root.get("dataset").get("license").asText()).isEqualTo("CC BY 4.0");
        assertThat(root.get("dataset").get("attribution").asText()).contains("Epoch AI");
        assertThat(root.get("dataset").get("vintage").asText()).isNotBlank();
        assertThat(root.get("dataset").get("rows").asInt()).isPositive();
        assertThat(root.get("seed").asLong()).isEqualTo(5);
        JsonNode regimes = root.get("regimes");
        assertThat(regimes).hasSize(RegimeCatalog.builtIn().ids().size());
        for (JsonNode r : regimes) {
            assertThat(r.get("regime").asText()).isIn(RegimeCatalog.builtIn().ids());
            FIGURES.forEach(f -> assertThat(r.get(f)).as(f).isNotNull());
            assertThat(r.get("shippedByTier").fieldNames()).toIterable().containsExactly("tier1", "tier2", "tier3");
            assertThat(r.has("shippedH100eP05")).isFalse();
        }
    }

    @Test
    void write_severalRuns_addsP05AndP95Siblings() throws Exception {
        JsonNode r = new ObjectMapper().readTree(ComparisonJson.write(Fixtures.FOUR_RUNS)).get("regimes").get(0);
        for (String f : FIGURES) {
            assertThat(r.get(f + "P05").asDouble()).as(f).isLessThanOrEqualTo(r.get(f).asDouble());
            assertThat(r.get(f + "P95").asDouble()).as(f).isGreaterThanOrEqualTo(r.get(f).asDouble());
        }
        assertThat(r.get("shippedByTier").has("tier1P05")).isTrue();
    }
}
