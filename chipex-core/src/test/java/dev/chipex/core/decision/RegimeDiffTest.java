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
}
