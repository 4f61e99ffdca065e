package dev.chipex.core.explanation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How explanations write compute: whole TPP in groups of three, H100-equivalents beside them. */
class AmountsTest {
    private static final double H100E_TPP = 15_832;

    @Test
    void tppWithH100e_atLeast100H100e_wholeH100e() {
        assertThat(Amounts.tppWithH100e(26_900_000, H100E_TPP)).isEqualTo("26,900,000 TPP (1,699 H100e)");
    }

    @Test
    void tppWithH100e_below100H100e_twoDecimals() {
        assertThat(Amounts.tppWithH100e(15_832 * 2.5, H100E_TPP)).isEqualTo("39,580 TPP (2.50 H100e)");
    }

    @Test
    void tppWithH100e_fractionOfTpp_floored() {
        assertThat(Amounts.tppWithH100e(1_000.9, H100E_TPP)).isEqualTo("1,000 TPP (0.06 H100e)");
    }
}
