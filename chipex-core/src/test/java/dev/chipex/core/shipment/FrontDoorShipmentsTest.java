package dev.chipex.core.shipment;

import dev.chipex.core.problem.Problem;
import dev.chipex.core.regime.RegimeCatalog;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared shipments mean what the other modules' tests take them to mean. */
class FrontDoorShipmentsTest {
    @Test
    void read_sharedShipments_fRowsAreAcceptedAndBRowsHaveProblems() {
        ShipmentReader reader = ShipmentReader.of(RegimeCatalog.builtIn());
        Map<String, Map<String, String>> rows = FrontDoorShipments.read();

        assertThat(rows).hasSize(10);
        rows.forEach((id, fields) -> {
            ShipmentRead read = reader.read(fields, (field, message) -> Problem.of(field, message));
            assertThat(read).as(id).isInstanceOf(id.startsWith("f") ? ShipmentRead.Accepted.class
                    : ShipmentRead.Rejected.class);
        });
        assertThat(reader.read(rows.get("b1"), (field, message) -> Problem.of(field, message)).problems())
                .extracting(Problem::path).containsExactly("date", "item", "quantity", "destination", "consignee_hq", "veu",
                        "end_use");
    }
}
