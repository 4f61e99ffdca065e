package dev.chipex.sim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FigureTest {
    @Test
    void of_elevenRuns_medianAndInterpolatedPercentiles() {
        double[] runs = {10, 0, 9, 1, 8, 2, 7, 3, 6, 4, 5};
        Figure f = Figure.of(runs);
        assertThat(f.value()).isEqualTo(5);
        assertThat(f.p05()).isEqualTo(0.5);
        assertThat(f.p95()).isEqualTo(9.5);
        assertThat(runs[0]).as("input untouched").isEqualTo(10);
    }

    @Test
    void of_oneRun_allThreeAreThatRun() {
        assertThat(Figure.of(new double[] {3})).isEqualTo(new Figure(3, 3, 3));
    }
}
