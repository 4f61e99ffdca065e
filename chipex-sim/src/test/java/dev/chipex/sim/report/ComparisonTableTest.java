package dev.chipex.sim.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTableTest {
    @Test
    void write_allBuiltInRegimes_fitsAHundredColumnTerminal() {
        String table = ComparisonTable.write(Fixtures.ONE_RUN, "ai-diffusion-2025");
        assertThat(table.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
        Fixtures.ONE_RUN.regimes().forEach(r -> assertThat(table).contains(r.regime()));
        assertThat(table).contains("vs baseline").contains("B*").contains("Epoch AI");
    }

    @Test
    void write_baselineColumn_showsNoDifferenceFromItself() {
        String table = ComparisonTable.write(Fixtures.ONE_RUN, "pre-2025");
        assertThat(table).contains("A*");
        assertThat(table.lines().filter(l -> l.startsWith("  vs baseline")))
                .allSatisfy(l -> assertThat(l.substring(18, 18 + 12).strip()).isEqualTo("-"));
    }

    @Test
    void csv_everyRegime_hasEveryMetricRow() {
        String csv = ComparisonCsv.write(Fixtures.ONE_RUN);
        assertThat(csv.lines().findFirst()).hasValue("regime,metric,value,p05,p95");
        assertThat(csv).contains("option-2-us-monopoly,shippedH100e,").contains("pre-2025,shippedByTier.tier3,");
    }
}
