package dev.chipex.sim.world;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class BuyerSizesTest {
    private static final List<Double> BOUNDS = List.of(100.0, 300.0, 600.0, 1200.0, 1699.0, 2400.0);

    @Test
    void fitAlpha_sizesAtTwoFourAndEightTimesTheThreshold_isOneOverLnTwo() {
        // alpha = n / sum(ln(x / threshold)) = 3 / (ln 1 + ln 2 + ln 4) = 3 / (3 ln 2); the 1,000 is below and left out
        assertThat(BuyerSizes.fitAlpha(List.of(1000.0, 2000.0, 4000.0, 8000.0), 2000)).isCloseTo(1 / Math.log(2),
                offset(1e-12));
    }

    @Test
    void classes_2025_areBoundedByTheLicenseFreeQuantitiesBelowTheThreshold() {
        var classes = new BuyerSizes(0.45, 8, 2000, BOUNDS, List.of(300.0, 1699.0), 1.32).classes(2025, true);
        assertThat(classes).extracting(BuyerSizes.SizeClass::low).containsExactly(8.0, 100.0, 300.0, 600.0, 1200.0, 1699.0);
        assertThat(classes.get(classes.size() - 1).high()).isEqualTo(2000);
        var coarse = new BuyerSizes(0.45, 8, 2000, BOUNDS, List.of(300.0, 1699.0), 1.32).classes(2025, false);
        assertThat(coarse).extracting(BuyerSizes.SizeClass::low).containsExactly(8.0, 300.0, 1699.0);
    }

    @Test
    void classes_later_growWithTheBuyersBudgetsAndReachPastTheOldThreshold() {
        var classes = new BuyerSizes(0.45, 8, 2000, BOUNDS, List.of(300.0, 1699.0), 1.32).classes(2030, true);
        assertThat(classes.get(0).low()).isCloseTo(8 * Math.pow(1.32, 5), offset(1e-9));
        assertThat(classes.get(classes.size() - 1).low()).isEqualTo(2400);
        assertThat(classes.get(classes.size() - 1).high()).isCloseTo(2000 * Math.pow(1.32, 5), offset(1e-6));
    }

    @Property
    void classes_anyLaw_sharesSumToOneAndEveryMeanLiesInItsClass(@ForAll @DoubleRange(min = 0.05, max = 2.5) double alpha,
                                                               @ForAll @IntRange(min = 2025, max = 2030) int year,
                                                               @ForAll boolean fine) {
        var classes = new BuyerSizes(alpha, 8, 2000, BOUNDS, List.of(300.0, 1699.0), 1.32).classes(year, fine);
        assertThat(classes.stream().mapToDouble(BuyerSizes.SizeClass::massShare).sum()).isCloseTo(1, offset(1e-9));
        assertThat(classes).allSatisfy(c -> assertThat(c.meanSize()).isBetween(c.low(), c.high()));
    }
}
