package dev.chipex.server.api;

import dev.chipex.core.decision.Transaction;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.shipment.ShipmentRead;
import dev.chipex.core.shipment.ShipmentReader;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a transaction from JSON through the core's shipment reader: the fields of the CLI's
 * batch files, in camel case. A request for one shipment may leave out its id (t1, t2 … by
 * position) and its date (today); every other rule is the reader's. Problems are located by JSON path.
 */
final class TransactionReader {
    /** The API's name of each of the reader's fields. */
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("id", "id"), Map.entry("date", "date"),
            Map.entry("kind", "kind"), Map.entry("item", "item"), Map.entry("quantity", "quantity"),
            Map.entry("chipsPerUnit", "chips_per_unit"), Map.entry("destination", "destination"),
            Map.entry("consignee", "consignee"), Map.entry("consigneeHq", "consignee_hq"), Map.entry("parentHq", "parent_hq"),
            Map.entry("veu", "veu"), Map.entry("endUse", "end_use"), Map.entry("trainingOps", "training_ops"),
            Map.entry("openWeights", "open_weights"));
    private static final Map<String, String> JSON_NAMES = new HashMap<>();

    static {
        NAMES.forEach((json, field) -> JSON_NAMES.put(field, json));
    }

    static final Set<String> FIELDS = NAMES.keySet();

    private final Clock clock;
    private final ShipmentReader reader;

    TransactionReader(Clock clock, RegimeCatalog catalog) {
        this.clock = clock;
        this.reader = ShipmentReader.of(catalog);
    }

    /** The transaction, or empty when {@code f} has collected problems for it. */
    Optional<Transaction> read(Fields f, String defaultId) {
        int before = f.problemCount();
        Map<String, String> fields = new HashMap<>();
        NAMES.forEach((json, field) -> f.scalar(json).ifPresent(text -> fields.put(field, text)));
        fields.merge("id", defaultId, (given, fallback) -> given.isBlank() ? fallback : given);
        fields.merge("date", LocalDate.now(clock).toString(), (given, today) -> given.isBlank() ? today : given);
        ShipmentRead read = reader.read(fields, (field, message) -> Problem.of(f.path(JSON_NAMES.get(field)), message));
        read.problems().forEach(f::add);
        if (f.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(read.orThrow());
    }
}
