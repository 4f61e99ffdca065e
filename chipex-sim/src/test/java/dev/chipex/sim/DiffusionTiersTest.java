package dev.chipex.sim;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The Diffusion rule's tiers split every regime's results (REGULATION.md §3.1). */
class DiffusionTiersTest {
    private final DiffusionTiers tiers = new DiffusionTiers();

    @Test
    void of_2026_alliesInTier1ArmsEmbargoedInTier3RestInTier2() {
        LocalDate date = LocalDate.of(2026, 1, 1);
        assertThat(tiers.of("GB", date)).isEqualTo("tier1");
        assertThat(tiers.of("CN", date)).isEqualTo("tier3");
        assertThat(tiers.of("MO", date)).isEqualTo("tier3");
        assertThat(tiers.of("IN", date)).isEqualTo("tier2");
    }
}
