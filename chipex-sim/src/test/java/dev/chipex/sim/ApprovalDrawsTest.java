package dev.chipex.sim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalDrawsTest {
    @Test
    void uniform_recordsInAnyOrder_isSeedsUniformOfThatRecord() {
        ApprovalDraws draws = new ApprovalDraws(42);
        for (int record : new int[]{0, 0, 1, 1, 1, 7, 3, 3, 7, 0}) {
            assertThat(draws.uniform(record)).isEqualTo(Seeds.uniform(42, record));
        }
    }
}
