package dev.chipex.sim.world;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RangeTest {
    @Test
    void at_endsAndMiddle_areThePercentilesAndTheMedian() {
        Range r = new Range(10, 13, 20);
        assertThat(r.at(0)).isEqualTo(10);
        assertThat(r.at(0.25)).isEqualTo(11.5);
        assertThat(r.at(0.5)).isEqualTo(13);
        assertThat(r.at(0.75)).isEqualTo(16.5);
        assertThat(r.at(1)).isEqualTo(20);
    }

    @Test
    void new_medianOutsideItsInterval_isRefused() {
        assertThatThrownBy(() -> new Range(10, 9, 20)).hasMessageContaining("low <= median <= high");
    }
}
