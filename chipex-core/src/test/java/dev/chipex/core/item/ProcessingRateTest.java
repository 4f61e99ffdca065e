package dev.chipex.core.item;

import dev.chipex.core.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessingRateTest {

    @Test
    void parse_topsAtBits_givesTopsTimesBits() {
        assertThat(ProcessingRate.parse("--rate", "989.4@16").tpp()).isEqualTo(989.4 * 16);
        assertThat(ProcessingRate.parse("--rate", " 1,979 @ 8 ").tpp()).isEqualTo(15_832.0);
    }

    @Test
    void parse_withoutBits_namesTheFieldAndTheFix() {
        assertThatThrownBy(() -> ProcessingRate.parse("--rate", "989"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--rate: '989' has no bit length; write TOPS@BITS with the dense rate and its bit length, "
                        + "e.g. 989.4@16 or 1979@8");
    }

    @Test
    void parse_zeroTops_isRejected() {
        assertThatThrownBy(() -> ProcessingRate.parse("--rate", "0@8")).hasMessageContaining("greater than 0");
    }

    @Test
    void toString_roundTrips() {
        assertThat(ProcessingRate.parse("r", "1979@8")).hasToString("1979@8");
        assertThat(ProcessingRate.parse("r", "989.4@16")).hasToString("989.4@16");
    }
}
