package dev.chipex.core.decision;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Explanations print H100-equivalents below 100 with two decimals exactly as String.format did. */
class AmountsTest {
    @Property(tries = 5000)
    void twoDecimals_anyValue_asStringFormat(@ForAll @DoubleRange(min = -100, max = 100) double value) {
        assertThat(Amounts.twoDecimals(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }

    /** Amounts are whole TPP over the H100's TPP: ties in the third decimal are where rounding can go wrong. */
    @Property(tries = 5000)
    void twoDecimals_tppOverH100e_asStringFormat(@ForAll @LongRange(min = 0, max = 1_600_000) long tpp) {
        double value = tpp / 15_832.0;
        assertThat(Amounts.twoDecimals(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }

    @Property(tries = 2000)
    void twoDecimals_halfwayBetweenHundredths_asStringFormat(@ForAll @LongRange(min = 0, max = 9_999) long hundredths) {
        double value = hundredths / 100.0 + 0.005;
        assertThat(Amounts.twoDecimals(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
        assertThat(Amounts.twoDecimals(-0.0)).isEqualTo("-0.00");
    }
}
