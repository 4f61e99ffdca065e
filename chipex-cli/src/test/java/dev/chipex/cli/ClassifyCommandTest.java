package dev.chipex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.cli.output.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifyCommandTest {

    private static String golden(String name) throws IOException {
        try (var in = Objects.requireNonNull(ClassifyCommandTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode json(Cli.Result result) throws IOException {
        return Json.mapper().readTree(result.out());
    }

    @Test
    void classify_h20Table_matchesGoldenText() throws IOException {
        Cli.Result result = Cli.run("classify", "H20");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo(golden("classify-h20.txt"));
    }

    @Test
    void classify_chipNameInAnyCaseAndWords_findsTheCatalogChip() throws IOException {
        Cli.Result result = Cli.run("classify", "rtx", "4090", "d", "--format", "json");

        assertThat(result.exitCode()).isZero();
        JsonNode node = json(result);
        assertThat(node.get("chip").asText()).isEqualTo("NVIDIA GeForce RTX 4090 D");
        assertThat(node.get("eccn").asText()).isEqualTo("none");
        assertThat(node.get("datacenter").asBoolean()).isFalse();
    }

    @Test
    void classify_h100Json_hasTheContractFields() throws IOException {
        JsonNode node = json(Cli.run("classify", "H100", "--format", "json"));

        assertThat(node.get("tpp").decimalValue()).isEqualByComparingTo("15832");
        assertThat(node.get("performanceDensity").decimalValue()).isEqualByComparingTo("19.4496");
        assertThat(node.get("eccn").asText()).isEqualTo("3A090.a");
        assertThat(node.get("paragraph").asText()).isEqualTo("a.1");
        assertThat(node.get("h100Equivalents").decimalValue()).isEqualByComparingTo("1");
        assertThat(node.get("citation").asText()).contains("3A090.a.1");
        assertThat(node.get("source").asText()).contains("datasheet");
    }

    @Test
    void classify_rawFiguresWithoutDieArea_saysDensityIsUndefined() throws IOException {
        Cli.Result result = Cli.run("classify", "--rate", "4799.99@1", "--format", "json");

        JsonNode node = json(result);
        assertThat(node.get("performanceDensity").isNull()).isTrue();
        assertThat(node.get("eccn").asText()).isEqualTo("none");
        assertThat(node.get("paragraph").isNull()).isTrue();
        assertThat(node.get("notes").toString()).contains("performance density undefined");
    }

    @Test
    void classify_notDatacenterAboveTheLine_isStill3A090a() throws IOException {
        JsonNode node = json(Cli.run("classify", "--rate", "660.6@8", "--die-area", "608.5", "--not-datacenter",
                "--format", "json"));

        assertThat(node.get("eccn").asText()).isEqualTo("3A090.a");
        assertThat(node.get("datacenter").asBoolean()).isFalse();
    }

    @Test
    void classify_computerOfEightH100s_is4A090aWithSummedTpp() throws IOException {
        JsonNode node = json(Cli.run("classify", "H100", "--chips", "8", "--format", "json"));

        assertThat(node.get("eccn").asText()).isEqualTo("4A090.a");
        assertThat(node.get("chips").asInt()).isEqualTo(8);
        assertThat(node.get("tpp").decimalValue()).isEqualByComparingTo("126656");
        assertThat(node.get("h100Equivalents").decimalValue()).isEqualByComparingTo("8");
    }

    @Test
    void classify_rateWithoutBits_exits2NamingTheFieldAndFix() {
        Cli.Result result = Cli.run("classify", "--rate", "989");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("--rate: '989' has no bit length").contains("e.g. 989.4@16")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void classify_negativeOrZeroDieArea_exits2() {
        for (String area : new String[] {"-5", "0"}) {
            Cli.Result result = Cli.run("classify", "--rate", "989.4@16", "--die-area", area);

            assertThat(result.exitCode()).as(area).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(result.err()).contains("--die-area: must be greater than 0 mm²");
        }
    }

    @Test
    void classify_severalMistakes_areReportedTogether() {
        Cli.Result result = Cli.run("classify", "--rate", "989", "--rate", "1@x", "--die-area", "big");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("3 problems").contains("'989'").contains("'x'").contains("'big'");
    }

    @Test
    void classify_unknownChip_exits3WithSuggestions() {
        Cli.Result result = Cli.run("classify", "H10O");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.err()).contains("unknown chip 'H10O'").contains("did you mean: H100");
    }

    @Test
    void classify_nameAndFigures_exits2() {
        Cli.Result result = Cli.run("classify", "H100", "--rate", "1@8");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("give either a chip name or its figures");
    }

    @Test
    void classify_csvFormat_isRefusedNamingTheOffer() {
        Cli.Result result = Cli.run("classify", "H100", "--format", "csv");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("--format: 'csv' is not available for 'classify': use one of table, json");
    }

    @Test
    void classify_verboseOption_isAcceptedOnSubcommands() {
        Cli.Result result = Cli.run("classify", "H100", "--verbose");

        assertThat(result.exitCode()).isZero();
    }

    @Test
    void help_listsTheCommandsAndExitCodes() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("classify", "chips", "countries", "--verbose", "Exit codes:",
                "3   not found");
    }

    @Test
    void help_onEveryCommand_exits0WithUsage() {
        for (String[] args : new String[][] {{"classify", "--help"}, {"chips", "list", "--help"},
                {"countries", "show", "--help"}, {"countries", "list", "-h"}, {"chips"}, {"countries"}}) {
            Cli.Result result = Cli.run(args);

            assertThat(result.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(result.out()).as(String.join(" ", args)).startsWith("Usage: chipex ");
        }
    }
}
