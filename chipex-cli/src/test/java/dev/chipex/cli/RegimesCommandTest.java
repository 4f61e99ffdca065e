package dev.chipex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.cli.output.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code chipex regimes list | show | diff} over the built-in regimes. */
class RegimesCommandTest {

    private static JsonNode json(String... args) throws IOException {
        Cli.Result result = Cli.run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return Json.mapper().readTree(result.out());
    }

    @Test
    void list_everyBuiltInRegime_withItsStatusOnTheDate() throws IOException {
        JsonNode regimes = json("regimes", "list", "--date", "2025-06-01", "--format", "json").get("regimes");

        assertThat(regimes.findValuesAsText("id")).containsExactly("pre-2025", "ai-diffusion-2025",
                "option-1-refined-tiers", "option-2-us-monopoly", "option-3-repeal", "option-3-embargo-only",
                "option-4-bilateral", "us-enforced");
        JsonNode diffusion = regimes.get(1);
        // BIS announced non-enforcement on 2025-05-13 (REGULATION.md §3).
        assertThat(diffusion.get("status").asText()).isEqualTo("not-enforced");
        assertThat(diffusion.get("compliance").asText()).isEqualTo("2025-05-15");
        assertThat(diffusion.get("extends").asText()).isEqualTo("pre-2025");
        assertThat(diffusion.get("controls").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(diffusion.get("source").asText()).isEqualTo("built-in");
    }

    @Test
    void list_beforeTheDiffusionRule_saysItWasNotYetInForce() throws IOException {
        JsonNode regimes = json("regimes", "list", "--date", "2024-06-01", "--format", "json").get("regimes");

        assertThat(regimes.get(1).get("status").asText()).isEqualTo("not yet in force");
        assertThat(regimes.get(0).get("status").asText()).isEqualTo("in-force");
    }

    @Test
    void show_diffusion_hasTiersWithCountsParametersAndRulesInOrder() throws IOException {
        JsonNode view = json("regimes", "show", "ai-diffusion-2025", "--date", "2025-06-01", "--format", "json");

        // Tier 1: the US and the 18 destinations of Supp. No. 5 to Part 740 para. (a).
        assertThat(view.get("tiers").findValuesAsText("id")).containsExactly("tier1", "tier2", "tier3");
        assertThat(view.get("tiers").get(0).get("members").asInt()).isEqualTo(19);
        JsonNode lpp = parameter(view, "lpp-limit");
        assertThat(lpp.get("value").asText()).isEqualTo("26,900,000 tpp");
        assertThat(lpp.get("citation").asText()).isEqualTo("15 CFR 740.29(a)");
        assertThat(parameter(view, "tier2-allocation").get("marks").asText()).contains("verify");
        assertThat(view.get("controls").findValuesAsText("id")).startsWith("pre-2025.headquarters-d5",
                "ai-diffusion-2025.worldwide");
        assertThat(view.get("exceptions").get(0).get("id").asText()).isEqualTo("ai-diffusion-2025.aia");
        assertThat(view.get("exceptions").get(0).get("heading").asText()).isEqualTo("AIA");
        assertThat(view.get("allocations").get(0).get("details").get(0).asText()).contains("x2 with a 'g2g' agreement");
        assertThat(view.get("assumptions")).isNotEmpty();
    }

    private static JsonNode parameter(JsonNode view, String name) {
        for (JsonNode p : view.get("parameters")) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    @Test
    void show_table_hasEverySection() {
        Cli.Result result = Cli.run("regimes", "show", "option-4-bilateral", "--date", "2025-12-01");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Tiers on 2025-12-01").contains("Groups on").contains("Parameters on")
                .contains("Controls (consulted in this order").contains("License exceptions").contains("Deals")
                .contains("option-4-bilateral.deal-ae: bilateral deal with AE");
    }

    @Test
    void show_unknownRegime_exits3() {
        Cli.Result result = Cli.run("regimes", "show", "option-5");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(result.err()).contains("unknown regime 'option-5'");
    }

    @Test
    void diff_diffusionVersusRefinedTiers_movesPolandFromLppToAia() throws IOException {
        // Option 1 adds PL to Tier 1 (REGULATION.md §6.1): AIA (740.27) replaces LPP (740.29).
        JsonNode doc = json("regimes", "diff", "ai-diffusion-2025", "option-1-refined-tiers", "--date", "2025-06-01",
                "--format", "json");

        assertThat(doc.get("differences")).anySatisfy(d -> {
            assertThat(d.get("itemClass").asText()).startsWith("3A090.a datacenter chip (H100)");
            assertThat(d.get("quantity").asLong()).isEqualTo(1_000);
            assertThat(d.get("countries").toString()).contains("\"PL\"").doesNotContain("\"DE\"");
            assertThat(d.get("left").get("outcome").asText()).isEqualTo("EXCEPTION LPP");
            assertThat(d.get("left").get("rule").asText()).isEqualTo("ai-diffusion-2025.lpp");
            assertThat(d.get("right").get("outcome").asText()).isEqualTo("EXCEPTION AIA");
            assertThat(d.get("right").get("rule").asText()).isEqualTo("ai-diffusion-2025.aia");
        });
    }

    @Test
    void diff_polishHeadquartersInGermany_reportedAsForeignHeadquartersRow() throws IOException {
        // AIA needs Tier 1 headquarters (15 CFR 740.27(a)); Option 1 puts PL in Tier 1, so a Polish-owned
        // consignee in Germany moves from LPP to AIA, which a consignee headquartered in Germany does not show.
        JsonNode doc = json("regimes", "diff", "ai-diffusion-2025", "option-1-refined-tiers", "--date", "2025-06-01",
                "--format", "json");

        assertThat(doc.get("differences")).anySatisfy(d -> {
            assertThat(d.get("headquarters").asText()).isNotEqualTo("destination");
            assertThat(d.get("headquartersAlike").toString()).contains("\"PL\"").doesNotContain("\"DE\"");
            assertThat(d.get("quantity").asLong()).isEqualTo(100);
            assertThat(d.get("countries").toString()).contains("\"DE\"");
            assertThat(d.get("left").get("outcome").asText()).isEqualTo("EXCEPTION LPP");
            assertThat(d.get("right").get("outcome").asText()).isEqualTo("EXCEPTION AIA");
        });
        assertThat(doc.get("differences")).filteredOn(d -> d.get("headquarters").asText().equals("destination"))
                .allSatisfy(d -> assertThat(d.get("headquartersAlike")).isEmpty());
    }

    @Test
    void diff_table_groupsByItemClassAndBandWithBothRules() {
        Cli.Result result = Cli.run("regimes", "diff", "ai-diffusion-2025", "option-1-refined-tiers", "--date", "2025-06-01");

        assertThat(result.exitCode()).isZero();
        String out = result.out();
        int band = out.indexOf("3A090.a datacenter chip (H100) x 1,000");
        assertThat(band).isNotNegative();
        String section = out.substring(band, out.indexOf("\n\n", band));
        assertThat(section).contains(" PL ").contains("A ai-diffusion-2025:").contains("EXCEPTION LPP  (ai-diffusion-2025.lpp)")
                .contains("B option-1-refined-tiers:").contains("EXCEPTION AIA  (ai-diffusion-2025.aia)");
    }

    @Test
    void diff_regimeWithItsIdenticalRepeal_saysNone() {
        Cli.Result result = Cli.run("regimes", "diff", "pre-2025", "option-3-repeal", "--date", "2025-06-01");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("none: every country, item class and quantity band is decided alike.");
    }
}
