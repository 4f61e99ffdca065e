package dev.chipex.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.core.csv.CsvTable;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.shipment.ShipmentRead;
import dev.chipex.core.shipment.ShipmentReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP API's transactions are the core reader's for the same fields (chipex-core's shared
 * {@code front-doors.csv}, in camel case), and so are its problems, each at its JSON path.
 */
class TransactionReaderTest {
    private static final Path SHIPMENTS = Path.of("../chipex-core/src/test/resources/dev/chipex/core/shipment/front-doors.csv");
    private final Clock clock = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private final TransactionReader api = new TransactionReader(clock, RegimeCatalog.builtIn());
    private final ShipmentReader core = ShipmentReader.of(RegimeCatalog.builtIn());

    @Test
    void read_sharedShipments_isTheCoreReadersTransactionOrProblemsAtTheirJsonPaths() throws IOException {
        Map<String, Map<String, String>> shipments = shipments();
        assertThat(shipments).hasSize(10);
        shipments.forEach((id, fields) -> {
            ObjectNode body = Json.mapper().createObjectNode();
            fields.forEach((column, value) -> body.put(camel(column), value));
            List<Problem> problems = new ArrayList<>();

            Optional<dev.chipex.core.decision.Transaction> read = api.read(new Fields(body, "transactions[2]", problems, 200),
                    "t3");

            ShipmentRead expected = core.read(fields, (field, message) -> Problem.of("transactions[2]." + camel(field), message));
            assertThat(problems).as(id).containsExactlyElementsOf(expected.problems());
            expected.problems().stream().findAny().ifPresentOrElse(p -> assertThat(read).isEmpty(),
                    () -> assertThat(read).contains(expected.orThrow()));
        });
    }

    @Test
    void read_noIdOrDate_isNamedByPositionAndDatedToday() {
        ObjectNode body = Json.mapper().createObjectNode().put("item", "H100").put("quantity", 5).put("destination", "IN")
                .put("consignee", "Acme").put("consigneeHq", "IN").put("id", " ");

        dev.chipex.core.decision.Transaction t = api.read(new Fields(body, "", new ArrayList<>(), 200), "t7").orElseThrow();

        assertThat(t.id()).isEqualTo("t7");
        assertThat(t.date()).isEqualTo(java.time.LocalDate.of(2025, 6, 1));
        assertThat(t.quantity()).isEqualTo(5);
    }

    private static String camel(String field) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private static Map<String, Map<String, String>> shipments() throws IOException {
        CsvTable table = CsvTable.parse(Files.readString(SHIPMENTS, StandardCharsets.UTF_8));
        Map<String, Map<String, String>> shipments = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Map<String, String> fields = new LinkedHashMap<>();
            table.header().forEach(column -> row.find(column).ifPresent(value -> fields.put(column, value)));
            shipments.put(row.get("id"), fields);
        }
        return shipments;
    }
}
