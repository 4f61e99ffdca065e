package dev.chipex.core.shipment;

import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.regime.RegimeCatalog;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every field the reader owns: good values become the transaction's, bad ones located problems with their fix. */
class ShipmentReaderTest {
    private final ShipmentReader reader = ShipmentReader.of(RegimeCatalog.builtIn());
    private final FieldLocator where = FieldLocator.row("orders.csv", 7, 6);

    /** A valid shipment of chips, with {@code changes} applied (a null value removes the field). */
    private static Map<String, String> shipment(String... changes) {
        Map<String, String> fields = new HashMap<>(Map.of("id", "s1", "date", "2025-06-01", "item", "H100",
                "quantity", "1000", "destination", "IN", "consignee", "Acme Cloud", "consignee_hq", "IN"));
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                fields.remove(changes[i]);
            } else {
                fields.put(changes[i], changes[i + 1]);
            }
        }
        return fields;
    }

    private Transaction accepted(String... changes) {
        ShipmentRead read = reader.read(shipment(changes), where);
        assertThat(read.problems()).isEmpty();
        return read.orThrow();
    }

    private List<String> problems(String... changes) {
        return reader.read(shipment(changes), where).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void read_validChips_givesTheTransactionWithCodesResolved() {
        Transaction t = accepted("destination", "India", "consignee_hq", " in ");

        assertThat(t).isEqualTo(new Transaction("s1", LocalDate.of(2025, 6, 1), t.item(), 1000, "IN", "Acme Cloud", "IN",
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
        assertThat(t.item().name()).isEqualTo("NVIDIA H100 SXM");
    }

    @Test
    void read_idOrConsigneeBlank_isMissingWithItsFix() {
        assertThat(problems("id", "  ", "consignee", null)).containsExactly(
                "orders.csv:7: row 6, id: missing; give each shipment an id of its own",
                "orders.csv:7: row 6, consignee: missing; give the ultimate consignee's name (quotas are kept per consignee)");
    }

    @Test
    void read_date_isIsoOrAProblemWithTheFormat() {
        assertThat(accepted("date", " 2026-02-03 ").date()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(problems("date", "01/06/2025")).containsExactly(
                "orders.csv:7: row 6, date: '01/06/2025' is not a date; write YYYY-MM-DD, e.g. 2025-06-01");
        assertThat(problems("date", null)).containsExactly(
                "orders.csv:7: row 6, date: missing; write the shipment date as YYYY-MM-DD");
    }

    @Test
    void read_item_isACatalogChipByNameOrAliasSharedBetweenShipments() {
        Transaction alias = accepted("item", "h100");
        Transaction name = accepted("item", "NVIDIA H100 SXM", "id", "s2");

        assertThat(alias.item()).isEqualTo(name.item());
        assertThat(accepted("item", "h100").item()).as("one item per name, as the engine expects").isSameAs(alias.item());
        assertThat(problems("item", "H1000")).singleElement().asString()
                .startsWith("orders.csv:7: row 6, item: unknown chip 'H1000'").contains("did you mean");
        assertThat(problems("item", null)).singleElement().asString().contains("item: missing; name a catalog chip");
    }

    @Test
    void read_chipsPerUnit_makesComputersOfTheChip() {
        assertThat(((Item.Chips) accepted("chips_per_unit", "8").item()).chipsPerUnit()).isEqualTo(8);
        assertThat(((Item.Chips) accepted().item()).chipsPerUnit()).isEqualTo(1);
        assertThat(problems("chips_per_unit", "0")).singleElement().asString()
                .startsWith("orders.csv:7: row 6, chips_per_unit: must be at least 1, got 0; give how many chips");
        assertThat(problems("chips_per_unit", "3000000000")).singleElement().asString()
                .contains("chips_per_unit: must be at most 2147483647, got 3000000000");
    }

    @Test
    void read_quantity_isAWholeNumberFromOneToABillion() {
        assertThat(accepted("quantity", "1000000000").quantity()).isEqualTo(1_000_000_000L);
        assertThat(problems("quantity", "-5")).containsExactly("orders.csv:7: row 6, quantity: must be at least 1, got -5; "
                + "give the number of units shipped as a whole number, at least 1");
        assertThat(problems("quantity", "1.5")).singleElement().asString()
                .contains("quantity: '1.5' is not a whole number;");
        assertThat(problems("quantity", "1000000001")).singleElement().asString()
                .contains("quantity: must be at most 1000000000, got 1000000001");
        assertThat(problems("quantity", null)).singleElement().asString()
                .contains("quantity: missing; give the number of units shipped, at least 1");
    }

    @Test
    void read_countries_areCodesOrNamesAndUnknownOnesGetSuggestions() {
        assertThat(accepted("parent_hq", "China").parentHeadquarters()).contains("CN");
        assertThat(problems("destination", "Indai", "parent_hq", "Atlantis")).satisfiesExactly(
                p -> assertThat(p).startsWith("orders.csv:7: row 6, destination: unknown country 'Indai'")
                        .contains("did you mean: ").contains("India"),
                p -> assertThat(p).startsWith("orders.csv:7: row 6, parent_hq: unknown country 'Atlantis'"));
    }

    @Test
    void read_consigneeHeadquartersAbsent_isAProblemNotTheDestination() {
        assertThat(problems("consignee_hq", null)).containsExactly("orders.csv:7: row 6, consignee_hq: missing; give an "
                + "ISO 3166-1 alpha-2 code (e.g. IN) or a country name");
    }

    @Test
    void read_veu_isUveuOrNveuInAnyCase() {
        assertThat(accepted("veu", "nveu").veu()).contains("NVEU");
        assertThat(problems("veu", "SVEU")).containsExactly("orders.csv:7: row 6, veu: 'SVEU' is not a "
                + "validated-end-user status; write UVEU or NVEU, or leave it blank");
    }

    @Test
    void read_endUse_isOneTheRegimesRulesName() {
        assertThat(accepted("end_use", "Storage").endUse()).contains("storage");
        assertThat(problems("end_use", "mining")).containsExactly("orders.csv:7: row 6, end_use: 'mining' is not an end "
                + "use any regime's rules name; write one of development, manufacturing, storage, or leave it blank");
    }

    @Test
    void read_modelWeights_needTrainingOpsAndAreOneClosedCopyUnlessSaid() {
        Transaction t = accepted("kind", "Model-Weights", "item", null, "quantity", null, "training_ops", "3e26");

        assertThat(t.item()).isEqualTo(new Item.ModelWeights("a model trained with 3e26 operations", 3e26, false));
        assertThat(t.quantity()).isEqualTo(1);
        assertThat(accepted("kind", "model-weights", "item", "Llama", "training_ops", "1e25", "open_weights", "yes").item())
                .isEqualTo(new Item.ModelWeights("Llama", 1e25, true));
        assertThat(problems("kind", "model-weights", "training_ops", "lots", "open_weights", "maybe")).containsExactly(
                "orders.csv:7: row 6, open_weights: 'maybe' is not yes or no; write true if the weights are published, "
                        + "false (or leave it blank) otherwise",
                "orders.csv:7: row 6, training_ops: 'lots' is not a number of operations 0 or more; write e.g. 1e26 or 3.8e25");
        assertThat(problems("kind", "model-weights")).singleElement().asString()
                .contains("training_ops: missing; give the operations used to train the model");
        assertThat(problems("kind", "weights")).singleElement().asString()
                .contains("kind: 'weights' is not a kind of item; write chips (the default) or model-weights");
    }

    @Test
    void read_manyBadFields_reportsEveryProblemInFieldOrder() {
        List<String> paths = reader.read(shipment("date", "x", "item", "H1000", "quantity", "0", "destination", "Narnia",
                "veu", "v"), where).problems().stream().map(Problem::path).toList();

        assertThat(paths).containsExactly("row 6, date", "row 6, item", "row 6, quantity", "row 6, destination", "row 6, veu");
    }

    @Test
    void read_columnsTheSourceLacks_areNotBlamedButNothingIsAccepted() {
        ShipmentRead read = reader.read(shipment("quantity", null), where, Set.of("quantity"));

        assertThat(read).isInstanceOf(ShipmentRead.Rejected.class);
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void orThrow_rejected_throwsEveryProblem() {
        ShipmentRead read = reader.read(shipment("quantity", "0", "veu", "x"), (field, message) -> Problem.of("--" + field,
                message));

        assertThatThrownBy(read::orThrow).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2 problems").hasMessageContaining("--quantity: must be at least 1")
                .hasMessageContaining("--veu: 'X' is not");
    }

    @Test
    void read_anotherChipSource_isAskedForTheChipWithTheShipmentsFields() {
        Item.Chips standIn = ((Item.Chips) accepted().item());
        ShipmentReader withStandIns = new ShipmentReader(Set.of(), (field, name, fields) -> {
            assertThat(fields).containsEntry("h100e", "80");
            return new Item.Chips(name, standIn.spec(), 1, standIn.memoryBandwidthGBs());
        });

        Transaction t = withStandIns.read(shipment("item", "Prototype X1", "h100e", "80"), where).orThrow();

        assertThat(t.item().name()).isEqualTo("Prototype X1");
    }
}
