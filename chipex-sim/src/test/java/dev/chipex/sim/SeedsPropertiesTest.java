package dev.chipex.sim;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The approval draw worked out without a generator is the one SplittableRandom gives, bit for bit. */
class SeedsPropertiesTest {
    @Property(tries = 2000)
    void uniform_isSplittableRandomsFirstDouble(@ForAll long runSeed, @ForAll @IntRange(min = 0) int record) {
        double expected = new SplittableRandom(runSeed ^ (0x9E3779B97F4A7C15L * (record + 1L))).nextDouble();
        assertThat(Double.doubleToRawLongBits(Seeds.uniform(runSeed, record)))
                .isEqualTo(Double.doubleToRawLongBits(expected));
    }
}
