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

    /* appendTwoDecimals, the path explanations take, against String.format on the same values. */

    @Property(tries = 5000)
    void appendTwoDecimals_anyValue_asStringFormat(@ForAll @DoubleRange(min = -100, max = 100) double value) {
        assertThat(appended(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }

    @Property(tries = 5000)
    void appendTwoDecimals_largeValue_asStringFormat(@ForAll @DoubleRange(min = 0, max = 2_000_000) double value) {
        assertThat(appended(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }

    @Property(tries = 5000)
    void appendTwoDecimals_tppOverH100e_asStringFormat(@ForAll @LongRange(min = 0, max = 1_600_000) long tpp) {
        double value = tpp / 15_832.0;
        assertThat(appended(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
    }

    /** Exact and near ties in the third decimal: the product value * 100 cannot tell which way these round. */
    @Property(tries = 3000)
    void appendTwoDecimals_halfwayBetweenHundredths_asStringFormat(@ForAll @LongRange(min = 0, max = 99_999_999) long hundredths) {
        double value = hundredths / 100.0 + 0.005;
        assertThat(appended(value)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
        assertThat(appended(Math.nextUp(value))).isEqualTo(String.format(Locale.ROOT, "%.2f", Math.nextUp(value)));
        assertThat(appended(Math.nextDown(value))).isEqualTo(String.format(Locale.ROOT, "%.2f", Math.nextDown(value)));
    }

    @Property(tries = 100)
    void appendTwoDecimals_writesAfterWhatIsThere(@ForAll @DoubleRange(min = 0, max = 100) double value) {
        StringBuilder text = new StringBuilder("x=");
        assertThat(Amounts.appendTwoDecimals(text, value).toString()).isEqualTo("x=" + String.format(Locale.ROOT, "%.2f", value));
    }

    private static String appended(double value) {
        return Amounts.appendTwoDecimals(new StringBuilder(), value).toString();
    }
}
