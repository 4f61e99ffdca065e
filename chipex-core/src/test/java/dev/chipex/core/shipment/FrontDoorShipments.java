package dev.chipex.core.shipment;

import dev.chipex.core.csv.CsvTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shipments every front door's test reads its own way ({@code front-doors.csv}: rows f* valid,
 * b* not), so that each can be held to what the core reader makes of the same fields. The other
 * modules' tests read the file by its path from their own folder.
 */
final class FrontDoorShipments {
    static final Path FILE = Path.of("src/test/resources/dev/chipex/core/shipment/front-doors.csv");

    private FrontDoorShipments() {
    }

    /** Each row's non-blank fields, by id. */
    static Map<String, Map<String, String>> read() {
        try {
            CsvTable table = CsvTable.parse(Files.readString(FILE, StandardCharsets.UTF_8));
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            for (CsvTable.Row row : table.rows()) {
                Map<String, String> fields = new LinkedHashMap<>();
                table.header().forEach(column -> row.find(column).ifPresent(value -> fields.put(column, value)));
                rows.put(row.get("id"), fields);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
