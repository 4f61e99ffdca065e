package dev.chipex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DemandShowCommandTest {
    @Test
    void show_byYear_printsTheDemandItsSourcesAndTheNotes() {
        Cli.Result r = Cli.run("demand", "show");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("chipex world demand").contains("2030").contains("Epoch AI chip sales, within")
                .contains("United States, 2025 demand").contains("about 75% of GPU cluster performance")
                .contains("Pareto exponent").contains("country model").contains("World Bank");
        assertThat(r.out()).doesNotContain("OUTSIDE");
    }

    @Test
    void show_jsonByCountry_hasEveryCountryAndTheCalibration() throws Exception {
        Cli.Result r = Cli.run("demand", "show", "--by", "country", "--format", "json");
        assertThat(r.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("by").asText()).isEqualTo("country");
        assertThat(root.get("rows").findValuesAsText("key")).contains("US", "CN", "IN", "DE", "TW");
        JsonNode y2025 = root.get("calibration").get("years").get(0);
        assertThat(y2025.get("withinSource").asBoolean()).isTrue();
        assertThat(y2025.get("demandH100e").asLong()).isBetween(y2025.get("sourceP05").asLong(), y2025.get("sourceP95").asLong());
        assertThat(root.get("calibration").get("published").get("usClusterShare").asDouble()).isEqualTo(0.75);
        assertThat(root.get("notes").size()).isGreaterThan(10);
    }

    @Test
    void show_csvBySize_isOneLinePerSizeClass() {
        Cli.Result r = Cli.run("demand", "show", "--by", "size", "--format", "csv");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("size,tranches,buyers,h100e,share\n").contains("named buyer,").contains("H100e a year,");
    }

    @Test
    void show_assumptionsSweepingTheSizeLaw_changesTheBuyers(@TempDir Path dir) throws Exception {
        Path sweep = dir.resolve("sweep.yaml");
        Files.writeString(sweep, "worldDemand:\n  buyerSizes: {paretoAlpha: 1.2}\n");
        Cli.Result r = Cli.run("demand", "show", "--assumptions", sweep.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Pareto exponent 1.200 set by the assumptions");
    }

    @Test
    void show_unknownBy_exitsInvalidInputNamingTheChoices() {
        Cli.Result r = Cli.run("demand", "show", "--by", "planet");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("--by").contains("year, country, owner or size");
    }
}
