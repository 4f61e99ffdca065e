package dev.chipex.sim.demand;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class ChipAliasesTest {
    private static final double H100E_TPP = 15_832;
    private final ChipAliases aliases = ChipAliases.bundled();

    @Test
    void catalogChip_clusterFileName_isTheCatalogChip() {
        assertThat(aliases.catalogChip("NVIDIA GB300 (Blackwell Ultra)")).get()
                .satisfies(c -> assertThat(c.name()).isEqualTo("NVIDIA GB300 (per GPU)"));
        assertThat(aliases.catalogChip("Instinct MI300X")).get()
                .satisfies(c -> assertThat(c.name()).isEqualTo("AMD Instinct MI300X"));
    }

    @Test
    void h100ePerChip_chipOnlyInTheMlHardwareFile_isItsTppOverTheH100s() {
        assertThat(aliases.catalogChip("Instinct MI350X")).isEmpty();
        // Epoch ML hardware: AMD Instinct MI350X, 3.7449e16 bit-OP/s
        assertThat(aliases.h100ePerChip("Instinct MI350X", H100E_TPP).getAsDouble()).isCloseTo(2.365, offset(0.001));
        assertThat(aliases.h100ePerChip("Cerebras CS-3", H100E_TPP)).isEmpty();
    }

    @Test
    void chinaOnly_marksTheChipsMadeForChina() {
        assertThat(aliases.chinaOnly("H20")).isTrue();
        assertThat(aliases.chinaOnly("Instinct MI308X")).isTrue();
        assertThat(aliases.chinaOnly("B300")).isFalse();
    }
}
