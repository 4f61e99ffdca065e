package dev.chipex.core.item;

import dev.chipex.core.csv.CsvTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden cases from the rule text and real datasheets ({@code classification-golden.csv}); each row
 * names its source. A row gives either a catalog chip or raw figures.
 */
class ClassifierGoldenTest {

    static List<CsvTable.Row> cases() {
        var in = Objects.requireNonNull(ClassifierGoldenTest.class.getResourceAsStream("classification-golden.csv"));
        return CsvTable.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).rows();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void classify_goldenCase_matchesRuleText(CsvTable.Row row) {
        assertThat(row.get("source")).as("every golden case cites its source").isNotBlank();
        ChipSpec chip = row.get("chip").isEmpty() ? figures(row)
                : ChipCatalog.bundled().resolve("chip", row.get("chip")).spec();
        int chips = Integer.parseInt(row.get("chips"));

        Classification result = Classifier.bundled().classify(chip, chips);

        assertThat(result.eccn().code()).as(row.get("case")).isEqualTo(row.get("eccn"));
        assertThat(result.paragraphId()).as(row.get("case")).isEqualTo(row.get("paragraph"));
        assertThat(result.tpp()).isEqualTo(chip.tpp() * chips);
    }

    private static ChipSpec figures(CsvTable.Row row) {
        List<ProcessingRate> rates = Arrays.stream(row.get("rates").split(";"))
                .map(r -> ProcessingRate.parse("rates", r)).toList();
        OptionalDouble area = row.get("die_area_mm2").isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(Double.parseDouble(row.get("die_area_mm2")));
        return new ChipSpec(rates, area, row.get("datacenter").equals("yes"));
    }
}
