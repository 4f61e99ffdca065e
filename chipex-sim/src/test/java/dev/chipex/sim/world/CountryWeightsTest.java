package dev.chipex.sim.world;

import dev.chipex.core.csv.CsvTable;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class CountryWeightsTest {
    private static final CsvTable DATA = CsvTable.parse("""
            country,gdp_usd,gdp_year,population,population_year,source
            AA,1000,2023,10,2024,test
            BB,4000,2023,20,2024,test
            CC,9000,2023,90,2024,test
            DD,2000,2023,50,2024,test
            EE,500,2023,5,2024,test
            """);

    /** Recorded compute exactly e^1 · GDP^2 / population: the fit must give those coefficients back. */
    private static double law(double gdp, double population) {
        return Math.exp(1) * gdp * gdp / population;
    }

    @Test
    void fit_computeExactlyLogLinear_recoversItAndSharesEveryEligibleCountry() {
        Map<String, Double> recorded = Map.of("AA", law(1000, 10), "BB", law(4000, 20), "CC", law(9000, 90),
                "DD", law(2000, 50));
        CountryWeights w = CountryWeights.fit(recorded, DATA, Set.of("AA", "BB", "CC", "EE"));
        assertThat(w.describe()).contains("exp(1.00 + 2.00 ln GDP -1.00 ln population)").contains("4 countries");
        assertThat(w.shares()).containsOnlyKeys("AA", "BB", "CC", "EE");
        double sum = law(1000, 10) + law(4000, 20) + law(9000, 90) + law(500, 5);
        assertThat(w.shares().get("EE")).as("no recorded cluster, still a share").isCloseTo(law(500, 5) / sum, offset(1e-9));
        assertThat(w.shares().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, offset(1e-12));
    }

    @Test
    void largest_excludesHomeAndRescales() {
        CountryWeights w = CountryWeights.fit(Map.of("AA", law(1000, 10), "BB", law(4000, 20), "CC", law(9000, 90),
                "DD", law(2000, 50)), DATA, Set.of("AA", "BB", "CC", "EE"));
        Map<String, Double> top = w.largest(2, "CC");
        assertThat(top).containsOnlyKeys("BB", "AA");
        assertThat(top.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, offset(1e-12));
    }
}
