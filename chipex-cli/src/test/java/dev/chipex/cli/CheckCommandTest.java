package dev.chipex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.cli.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code chipex check} for one shipment. Golden cases: 15 CFR 740.29 (LPP, 26,900,000 TPP per
 * ultimate consignee per calendar year, i.e. 1,699 H100 SXM at 15,832 TPP) under the Diffusion
 * rule, whose Tier 2 licenses are reviewed with a presumption of approval (742.6(b)(10) as amended).
 */
class CheckCommandTest {
    static final List<String> CONTRACT = List.of("id", "outcome", "exception", "policy", "control", "citation",
            "explanation", "debits");

    private static Cli.Result h100ToIndia(long quantity, String... more) {
        return h100ToIndia("ai-diffusion-2025", quantity, more);
    }

    private static Cli.Result h100ToIndia(String regime, long quantity, String... more) {
        List<String> args = new ArrayList<>(List.of("check", "--regime", regime, "--date", "2025-06-01",
                "--item", "H100", "--quantity", Long.toString(quantity), "--destination", "IN",
                "--consignee", "Acme Cloud", "--consignee-hq", "India"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static JsonNode json(Cli.Result result) throws IOException {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return Json.mapper().readTree(result.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void check_1000H100ToIndianConsignee_isLppExceptionWithItsDebit() throws IOException {
        JsonNode node = json(h100ToIndia(1_000, "--format", "json"));

        assertThat(fieldNames(node).subList(0, 8)).containsExactlyElementsOf(CONTRACT);
        assertThat(node.get("id").asText()).isEqualTo("shipment");
        assertThat(node.get("outcome").asText()).isEqualTo("EXCEPTION");
        assertThat(node.get("exception").asText()).isEqualTo("LPP");
        assertThat(node.get("policy").isNull()).isTrue();
        assertThat(node.get("control").asText()).isEqualTo("ai-diffusion-2025.lpp");
        assertThat(node.get("citation").asText()).isEqualTo("15 CFR 740.29");
        assertThat(node.get("explanation").asText()).contains("License Exception LPP (15 CFR 740.29) applies");
        JsonNode debit = node.get("debits").get(0);
        assertThat(debit.get("account").asText()).isEqualTo("CONSIGNEE_YEAR/acme cloud/2025");
        assertThat(debit.get("amountTpp").asLong()).isEqualTo(15_832_000L);
        assertThat(debit.get("balanceAfterTpp").asLong()).isEqualTo(26_900_000L - 15_832_000L);
        assertThat(node.get("requirement").asText()).isEqualTo("ai-diffusion-2025.worldwide");
        assertThat(node.has("alternatives")).isFalse();
    }

    @Test
    void check_2000H100ToIndianConsignee_needsALicenseAndSays1699WouldFitUnderLpp() throws IOException {
        JsonNode node = json(h100ToIndia(2_000, "--format", "json"));

        assertThat(node.get("outcome").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(node.get("exception").isNull()).isTrue();
        assertThat(node.get("policy").asText()).isEqualTo("presumption-of-approval");
        assertThat(node.get("control").asText()).isEqualTo("ai-diffusion-2025.worldwide");
        assertThat(node.get("citation").asText()).isEqualTo("15 CFR 742.6(a)(6)(iii)(A) as amended by 90 FR 4544");
        assertThat(node.get("shortfall").get("unitsThatFit").asLong()).isEqualTo(1_699);
        assertThat(node.get("shortfall").get("exception").asText()).isEqualTo("LPP");
        assertThat(node.get("explanation").asText()).contains("would cover 1699 of the 2000 units").contains("the other 301");
        assertThat(node.get("debits").get(0).get("when").asText()).isEqualTo("on-license-approval");
        assertThat(node.get("debits").get(0).get("account").asText()).isEqualTo("COUNTRY_ALLOCATION/IN/2025-2027");
    }

    @Test
    void check_2000H100Table_matchesGoldenText() throws IOException {
        Cli.Result result = h100ToIndia(2_000, "--width", "80");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("check-h100-2000-in.txt"))) {
            assertThat(result.out()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void check_tableOutput_wrapsEveryLineToTheWidth() {
        Cli.Result result = h100ToIndia(2_000, "--width", "80");

        assertThat(result.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    }

    @Test
    void check_whatIfInJson_listsTheQuantityThatFitsAndOtherRegimes() throws IOException {
        JsonNode alternatives = json(h100ToIndia(2_000, "--format", "json", "--what-if")).get("alternatives");

        assertThat(alternatives.findValuesAsText("kind")).contains("quantity", "regime");
        JsonNode quantity = alternatives.get(0);
        assertThat(quantity.get("change").asText()).startsWith("ship 1699 units or fewer");
        assertThat(quantity.get("outcome").asText()).isEqualTo("EXCEPTION");
        assertThat(alternatives.findValuesAsText("change")).anySatisfy(c -> assertThat(c).contains("pre-2025"));
    }

    @Test
    void check_noWhatIf_leavesOutTheAlternatives() {
        assertThat(h100ToIndia(2_000, "--no-what-if").out()).doesNotContain("What would change");
    }

    @Test
    void check_csv_writesTheContractFieldsAsOneRow() {
        Cli.Result result = h100ToIndia(1_000, "--format", "csv");

        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith(String.join(",", CONTRACT) + ",regime");
        assertThat(lines.get(1)).startsWith("shipment,EXCEPTION,LPP,,ai-diffusion-2025.lpp,15 CFR 740.29,");
    }

    @Test
    void check_computerOf8H100_isClassified4A090() throws IOException {
        JsonNode node = json(h100ToIndia(100, "--chips-per-unit", "8", "--format", "json"));

        assertThat(node.get("item").get("eccn").asText()).isEqualTo("4A090.a");
        assertThat(node.get("item").get("totalTpp").asLong()).isEqualTo(100L * 8 * 15_832);
    }

    @Test
    void check_openModelWeights_needNoLicense() throws IOException {
        // 4E091 excludes published weights (90 FR 4544).
        JsonNode node = json(Cli.run("check", "--regime", "ai-diffusion-2025", "--date", "2025-06-01", "--model-weights",
                "--training-ops", "3e26", "--open-weights", "--destination", "AE", "--consignee", "Gulf AI",
                "--consignee-hq", "AE", "--format", "json"));

        assertThat(node.get("outcome").asText()).isEqualTo("NLR");
        assertThat(node.get("item").get("eccn").asText()).isEqualTo("none");
    }

    @Test
    void check_closedModelWeightsToTier2_needALicenseUnderPresumptionOfDenial() throws IOException {
        JsonNode node = json(Cli.run("check", "--regime", "ai-diffusion-2025", "--date", "2025-06-01", "--model-weights",
                "--training-ops", "3e26", "--destination", "AE", "--consignee", "Gulf AI", "--consignee-hq", "AE",
                "--format", "json"));

        assertThat(node.get("control").asText()).isEqualTo("ai-diffusion-2025.model-weights");
        assertThat(node.get("policy").asText()).isEqualTo("presumption-of-denial");
    }

    @Test
    void check_badFlags_reportsEveryProblemByFlagAndExits2() {
        Cli.Result result = Cli.run("check", "--regime", "ai-diffusion-2025", "--item", "H100", "--quantity", "-5",
                "--destination", "IN", "--veu", "XVEU", "--date", "2025-02-30");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("--quantity: must be at least 1, got -5")
                .contains("--consignee: missing").contains("--consignee-hq: missing")
                .contains("--veu: 'XVEU' is not a validated-end-user status").contains("--date: '2025-02-30' is not a date");
    }

    @Test
    void check_unknownEndUse_exits2NamingTheEndUsesSomeRegimeTests() {
        Cli.Result result = h100ToIndia(1_000, "--end-use", "manufactoring");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("--end-use: 'manufactoring' is not an end use any regime's rules name; write one of")
                .contains("manufacturing");
    }

    @Test
    void check_unknownRegime_exits3WithTheKnownIds() {
        Cli.Result result = Cli.run("check", "--regime", "ai-diffusion-2024", "--item", "H100");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.err()).contains("unknown regime 'ai-diffusion-2024'").contains("did you mean: ai-diffusion-2025");
    }

    @Test
    void check_unknownCountryOnly_exits3WithASuggestion() {
        Cli.Result result = h100ToIndia(10, "--parent-hq", "Atlantis");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.err()).contains("--parent-hq: unknown country 'Atlantis'");
    }

    @Test
    void check_userRegimeRaisingTheLppLimit_turnsTheLicenseIntoAnException(@TempDir Path dir) throws IOException {
        Path reform = dir.resolve("double-lpp.yaml");
        Files.writeString(reform, String.join("\n",
                "id: diffusion-double-lpp",
                "title: Diffusion rule with the LPP limit doubled",
                "citation: chipex test reform",
                "version: \"2025-06-01\"",
                "extends: ai-diffusion-2025",
                "parameters:",
                "  lpp-limit:",
                "    unit: tpp",
                "    description: LPP limit doubled",
                "    citation: chipex test reform",
                "    assumption: true",
                "    value: 53800000", ""));

        JsonNode base = json(h100ToIndia(2_000, "--format", "json"));
        JsonNode reformed = json(h100ToIndia("diffusion-double-lpp", 2_000, "--format", "json",
                "--regime-file", reform.toString()));

        assertThat(base.get("outcome").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(reformed.get("outcome").asText()).isEqualTo("EXCEPTION");
        assertThat(reformed.get("exception").asText()).isEqualTo("LPP");
        assertThat(reformed.get("regime").asText()).isEqualTo("diffusion-double-lpp");
        assertThat(reformed.get("debits").get(0).get("capacityTpp").asLong()).isEqualTo(53_800_000L);
    }

    @Test
    void check_unreadableRegimeFile_exits2NamingTheFlag() {
        Cli.Result result = h100ToIndia(10, "--regime-file", "no/such/reform.yaml");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("--regime-file: cannot read 'no/such/reform.yaml'");
    }

    /** Issue #20: without --regime a check decides under what US authorities enforce, and says it is in force. */
    @Test
    void check_noRegime_decidesUnderUsEnforcedInForce() throws IOException {
        JsonNode node = Json.mapper().readTree(Cli.run("check", "--date", "2025-06-01", "--item", "H100", "--quantity", "1000",
                "--destination", "IN", "--consignee", "Acme Cloud", "--consignee-hq", "IN", "--format", "json").out());

        assertThat(node.get("regime").asText()).isEqualTo("us-enforced");
        assertThat(node.get("regimeStatus").asText()).isEqualTo("in-force");
        assertThat(node.get("explanation").asText()).contains("(us-enforced; in force)");
    }

    /** Issue #20: a regime not enforced on the date says so in the JSON, the explanation and the table. */
    @Test
    void check_diffusionRuleAfterMay2025_saysItIsNotEnforced() throws IOException {
        JsonNode node = Json.mapper().readTree(h100ToIndia(1_000, "--format", "json").out());
        Cli.Result table = h100ToIndia(1_000);

        assertThat(node.get("regimeStatus").asText()).isEqualTo("not-enforced");
        assertThat(node.get("explanation").asText()).contains("(ai-diffusion-2025; not enforced on this date)");
        assertThat(table.out()).contains("Note: ai-diffusion-2025 is not enforced on 2025-06-01");
    }
}
