package dev.chipex.core.regime;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole numbers are written with groups of three as String.format's "%,d" writes them. */
class NumbersTest {
    @Property(tries = 5000)
    void plain_wholeNumber_groupedAsStringFormat(@ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long value) {
        assertThat(Numbers.plain(value)).isEqualTo(String.format(Locale.ROOT, "%,d", value));
    }

    /** Groups with leading zeros (1,005,020) are where writing each group as a number goes wrong. */
    @Property(tries = 2000)
    void plain_groupsWithLeadingZeros_groupedAsStringFormat(@ForAll @LongRange(min = 0, max = 999) long high,
                                                            @ForAll @LongRange(min = 0, max = 99) long middle,
                                                            @ForAll @LongRange(min = 0, max = 9) long low) {
        long value = high * 1_000_000 + middle * 1_000 + low;
        assertThat(Numbers.plain(value)).isEqualTo(String.format(Locale.ROOT, "%,d", value));
    }
}
