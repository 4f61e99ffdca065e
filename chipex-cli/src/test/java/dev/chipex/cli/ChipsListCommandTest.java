package dev.chipex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.cli.output.Json;
import dev.chipex.core.csv.CsvTable;
import dev.chipex.core.item.ChipCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class ChipsListCommandTest {
    private final int size = ChipCatalog.bundled().all().size();

    @Test
    void list_table_hasARowPerChipAndTheAttribution() {
        Cli.Result result = Cli.run("chips", "list");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("NVIDIA H20", "none", "3A090.a", "Epoch AI", size + " chips.");
        assertThat(result.out().lines().filter(l -> l.startsWith("NVIDIA H100 SXM ")).findFirst())
                .hasValueSatisfying(l -> assertThat(l).contains("15,832", "19.44", "3A090.a", "a.1"));
    }

    @Test
    void list_csv_parsesBackWithEveryChipAndItsSource() {
        Cli.Result result = Cli.run("chips", "list", "--format", "csv");

        CsvTable table = CsvTable.parse(result.out());
        assertThat(table.rows()).hasSize(size);
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.get("source")).isNotBlank());
        assertThat(table.rows().stream().filter(r -> r.get("name").equals("NVIDIA L4")).findFirst())
                .hasValueSatisfying(r -> assertThat(r.get("paragraph")).isEqualTo("a.2"));
    }

    @Test
    void list_json_carriesTheAttributionAndClassifications() throws IOException {
        JsonNode node = Json.mapper().readTree(Cli.run("chips", "list", "--format", "json").out());

        assertThat(node.get("attribution").asText()).contains("Epoch AI", "CC BY 4.0");
        assertThat(node.get("chips")).hasSize(size);
        assertThat(node.get("chips").get(0).get("classification").get("eccn").asText()).isEqualTo("3A090.a");
    }

    @Test
    void list_jsonl_writesOneChipPerLine() {
        Cli.Result result = Cli.run("chips", "list", "--format", "jsonl");

        assertThat(result.out().lines()).hasSize(size).allSatisfy(l -> assertThat(l).startsWith("{\"name\":"));
    }
}
