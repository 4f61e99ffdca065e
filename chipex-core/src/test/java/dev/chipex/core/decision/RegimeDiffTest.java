package dev.chipex.core.decision;

import dev.chipex.core.regime.RegimeCatalog;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegimeDiffTest {
    private static DecisionEngine engine(String id) {
        return DecisionEngine.of(RegimeCatalog.builtIn().get(id));
    }

    @Test
    void diff_diffusionVersusRefinedTiers_polandMovesFromLppToAia() {
        // Option 1 widens Tier 1 with PL (REGULATION.md §6.1): AIA replaces LPP for a Polish consignee.
        List<RegimeDiff.Row> rows = new RegimeDiff().diff(engine("ai-diffusion-2025"), engine("option-1-refined-tiers"),
                LocalDate.of(2025, 6, 1));

        assertThat(rows).anySatisfy(row -> {
            assertThat(row.itemClass()).startsWith("3A090.a datacenter");
            assertThat(row.quantity()).isEqualTo(1_000);
            assertThat(row.countries()).contains("PL", "IL", "CH").doesNotContain("DE", "IN", "CN");
            assertThat(row.left()).isEqualTo("EXCEPTION LPP");
            assertThat(row.right()).isEqualTo("EXCEPTION AIA");
        });
    }

    @Test
    void diff_regimeWithItself_isEmpty() {
        assertThat(new RegimeDiff().diff(engine("pre-2025"), engine("option-3-repeal"), LocalDate.of(2025, 6, 1)))
                .isEmpty();
    }

    @Test
    void diff_everyRowNamesCountriesAndDiffers() {
        List<RegimeDiff.Row> rows = new RegimeDiff().diff(engine("pre-2025"), engine("ai-diffusion-2025"),
                LocalDate.of(2025, 6, 1));

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.countries()).isNotEmpty();
            assertThat(row.left()).isNotEqualTo(row.right());
        });
    }

    @Test
    void diff_preVersusDiffusion_indianHeadquartersInGermanyLosesAia() {
        // Under the Diffusion rule AIA needs Tier 1 headquarters (15 CFR 740.27(a)); pre-2025 needs no license
        // to Germany (A:5) at all. A German consignee gets AIA, an Indian-headquartered one falls back to LPP.
        List<RegimeDiff.Row> rows = new RegimeDiff().diff(engine("pre-2025"), engine("ai-diffusion-2025"),
                LocalDate.of(2025, 6, 1));

        assertThat(rows).anySatisfy(row -> {
            assertThat(row.headquarters()).isEqualTo(RegimeDiff.IN_DESTINATION);
            assertThat(row.itemClass()).startsWith("3A090.a datacenter");
            assertThat(row.quantity()).isEqualTo(100);
            assertThat(row.countries()).contains("DE");
            assertThat(row.right()).isEqualTo("EXCEPTION AIA");
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.headquartersAlike()).contains("IN").doesNotContain("DE", "US", "CN");
            assertThat(row.itemClass()).startsWith("3A090.a datacenter");
            assertThat(row.quantity()).isEqualTo(100);
            assertThat(row.countries()).contains("DE");
            assertThat(row.left()).isEqualTo("NLR");
            assertThat(row.right()).isEqualTo("EXCEPTION LPP");
        });
    }

    @Test
    void diff_foreignHeadquartersRows_onlyWhereTheyChangeTheComparison() {
        LocalDate date = LocalDate.of(2025, 6, 1);
        List<RegimeDiff.Row> rows = new RegimeDiff().diff(engine("pre-2025"), engine("ai-diffusion-2025"), date);
        List<RegimeDiff.Row> local = rows.stream().filter(r -> r.headquarters().equals(RegimeDiff.IN_DESTINATION)).toList();

        assertThat(rows).filteredOn(r -> !r.headquarters().equals(RegimeDiff.IN_DESTINATION)).isNotEmpty()
                .allSatisfy(row -> {
                    assertThat(row.headquartersAlike()).contains(row.headquarters());
                    for (String destination : row.countries()) {
                        assertThat(row.headquartersAlike()).doesNotContain(destination);
                        assertThat(local).noneSatisfy(l -> {
                            assertThat(l.itemClass()).isEqualTo(row.itemClass());
                            assertThat(l.quantity()).isEqualTo(row.quantity());
                            assertThat(l.countries()).contains(destination);
                            assertThat(l.left()).isEqualTo(row.left());
                            assertThat(l.right()).isEqualTo(row.right());
                        });
                    }
                });
    }
}
