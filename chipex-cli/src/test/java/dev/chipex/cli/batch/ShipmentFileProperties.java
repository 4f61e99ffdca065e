package dev.chipex.cli.batch;

import dev.chipex.core.csv.CsvTable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV file streamed row by row gives the rows, fields and lines the core's CsvTable gives reading
 * it whole, and each row read again at its offset gives the same fields: quotes, line breaks,
 * carriage returns, blank lines, a byte-order mark and characters of one to four bytes included.
 */
class ShipmentFileProperties {
    private static final List<String> HEADER = List.of("id", "consignee", "item");

    @Provide
    Arbitrary<String> csvText() {
        return Arbitraries.of("a", "b", "é", "€", "😀", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\u00a0", "\uFEFF")
                .list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void rows_anyCsvText_areCsvTablesRowsAndCanBeReadAgainAtTheirOffsets(@ForAll("csvText") String body,
                                                                        @ForAll boolean byteOrderMark) throws IOException {
        String text = (byteOrderMark ? "\uFEFF" : "") + String.join(",", HEADER) + "\n" + body;
        Path path = Files.createTempFile("streamed", ".csv");
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
            CsvTable whole = CsvTable.parse(text);
            List<String> expected = new ArrayList<>();
            for (CsvTable.Row row : whole.rows()) {
                Map<String, String> fields = new HashMap<>();
                HEADER.forEach(c -> row.find(c).ifPresent(v -> fields.put(c, v)));
                expected.add(row.line() + " " + fields);
            }
            List<String> streamed = new ArrayList<>();
            try (ShipmentFile file = ShipmentFile.open(path, "p.csv"); ShipmentFile.RowCursor rows = file.rows(p -> { })) {
                for (WrittenRow row = rows.next(); row != null; row = rows.next()) {
                    streamed.add(row.line() + " " + row.fields());
                    assertThat(file.fieldsAt(row.offset(), p -> { })).isEqualTo(row.fields());
                }
            }

            assertThat(streamed).containsExactlyElementsOf(expected);
        } finally {
            Files.delete(path);
        }
    }
}
