package dev.chipex.cli.output;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    @Test
    void grouped_truncates_soAValueUnderAThresholdNeverShowsTheThreshold() {
        assertThat(Numbers.grouped(4799.99, 0)).isEqualTo("4,799");
        assertThat(Numbers.grouped(3.196, 2)).isEqualTo("3.19");
        assertThat(Numbers.grouped(15832, 2)).isEqualTo("15,832");
    }

    @Test
    void round_writesPlainDecimals() {
        assertThat(Numbers.round(5.919999, 4).toPlainString()).isEqualTo("5.9199");
        assertThat(Numbers.round(126656.0, 3).toPlainString()).isEqualTo("126656");
    }
}
