package dev.chipex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.cli.output.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesCommandTest {

    @Test
    void show_cambodiaTheDayBeforeItLeftD5_matchesGoldenText() throws IOException {
        Cli.Result result = Cli.run("countries", "show", "KH", "--date", "2025-11-06");

        assertThat(result.exitCode()).isZero();
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("countries-show-kh-2025-11-06.txt"))) {
            assertThat(result.out()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Issue #19: out of D:5 on 2025-11-07 by the State list, shown with both the State and the BIS citations. */
    @Test
    void show_cambodiaAfterTheStateList_outOfD5WithBothCitations() throws IOException {
        JsonNode node = Json.mapper().readTree(Cli.run("countries", "show", "KH", "--date", "2025-12-01", "--format", "json").out());

        assertThat(node.get("groups").findValuesAsText("group")).containsExactly("D:1");
        JsonNode left = node.get("left").get(0);
        assertThat(left.get("group").asText()).isEqualTo("D:5");
        assertThat(left.get("until").asText()).isEqualTo("2025-11-07");
        assertThat(left.get("citation").asText()).contains("ITAR § 126.1").contains("FR Doc 2026-02262");
    }

    @Test
    void show_hongKongJson_isTreatedAsChinaWithCitation() throws IOException {
        JsonNode node = Json.mapper().readTree(
                Cli.run("countries", "show", "Hong", "Kong", "--date", "2025-01-15", "--format", "json").out());

        assertThat(node.get("code").asText()).isEqualTo("HK");
        assertThat(node.get("treatedAs").get("asCountry").asText()).isEqualTo("CN");
        assertThat(node.get("groups").findValuesAsText("group")).containsExactly("D:1", "D:4", "D:5");
        assertThat(node.get("groups").get(2).get("confidence").asText()).isEqualTo("C");
        assertThat(node.get("groups").get(2).get("citation").asText()).contains("Country Group D:5");
    }

    @Test
    void show_alias_resolves() throws IOException {
        JsonNode node = Json.mapper().readTree(Cli.run("countries", "show", "UK", "--format", "json").out());

        assertThat(node.get("code").asText()).isEqualTo("GB");
    }

    @Test
    void show_unknownCountry_exits3WithASuggestion() {
        Cli.Result result = Cli.run("countries", "show", "XX");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.err()).contains("COUNTRY: unknown country 'XX'").contains("did you mean:");
    }

    @Test
    void show_badDate_exits2NamingTheFormat() {
        Cli.Result result = Cli.run("countries", "show", "DE", "--date", "15/01/2025");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("--date: '15/01/2025' is not a date; write YYYY-MM-DD");
    }

    @Test
    void list_groupD5OnTheDiffusionRuleDate_has23Members() throws IOException {
        JsonNode node = Json.mapper().readTree(
                Cli.run("countries", "list", "--group", "d:5", "--date", "2025-01-15", "--format", "json").out());

        assertThat(node.get("group").asText()).isEqualTo("D:5");
        assertThat(node.get("count").asInt()).as("23 table members plus Hong Kong as China").isEqualTo(24);
        assertThat(node.get("countries").findValuesAsText("code")).contains("KH", "HK", "NI").doesNotContain("MO", "CY");
    }

    @Test
    void list_table_showsEveryCountryOnTheDate() {
        Cli.Result result = Cli.run("countries", "list", "--date", "2026-07-10");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("GROUPS ON 2026-07-10").containsPattern("(?m)^AE +United Arab Emirates +A:5$")
                .containsPattern("(?m)^NA +Namibia$");
    }

    @Test
    void list_unknownGroup_namesTheKnownOnes() {
        Cli.Result result = Cli.run("countries", "list", "--group", "Z:9");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.err()).contains("unknown country group 'Z:9': use one of D:1, D:4, D:5, A:5, A:6, Macau");
    }

    @Test
    void show_poland_isTier2UnderTheDiffusionRuleAndTier1UnderOption1() throws IOException {
        // 90 FR 4544 leaves PL out of Tier 1; Carnegie option 1 widens Tier 1 with PL (REGULATION.md §6.1).
        JsonNode tiers = Json.mapper().readTree(
                Cli.run("countries", "show", "Poland", "--date", "2025-06-01", "--format", "json").out()).get("tiers");

        assertThat(tiers.findValuesAsText("regime")).containsExactly("ai-diffusion-2025", "option-1-refined-tiers",
                "option-2-us-monopoly", "option-4-bilateral");
        assertThat(tiers.findValuesAsText("tier")).containsExactly("tier2", "tier1", "tier2", "tier2");
        assertThat(tiers.get(0).get("status").asText()).isEqualTo("not-enforced");
    }
}
