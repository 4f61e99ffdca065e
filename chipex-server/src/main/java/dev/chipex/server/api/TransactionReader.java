package dev.chipex.server.api;

import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.problem.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a transaction from JSON with the fields of the CLI's transaction flags. Every bad field
 * becomes a located problem; the transaction is built only when there are none.
 */
final class TransactionReader {
    static final Set<String> FIELDS = Set.of("id", "date", "kind", "item", "quantity", "destination", "consignee",
            "consigneeHq", "parentHq", "veu", "endUse", "trainingOps", "openWeights");
    private static final long MAX_QUANTITY = 1_000_000_000L;

    private final Clock clock;

    TransactionReader(Clock clock) {
        this.clock = clock;
    }

    /** The transaction, or empty when {@code f} has collected problems for it. */
    Optional<Transaction> read(Fields f, String defaultId) {
        int before = f.problemCount();
        String id = f.text("id").orElse(defaultId);
        LocalDate date = f.date("date").orElseGet(() -> LocalDate.now(clock));
        String kind = f.text("kind").orElse("chips").toLowerCase(Locale.ROOT);
        long quantity = f.whole("quantity", 1, 1, MAX_QUANTITY);
        Optional<String> destination = country(f, "destination", true);
        Optional<String> consignee = f.required("consignee", "the ultimate consignee's name, e.g. \"Acme Cloud\"");
        Optional<String> hq = country(f, "consigneeHq", false);
        Optional<String> parentHq = country(f, "parentHq", false);
        Optional<String> veu = f.text("veu").map(v -> v.toUpperCase(Locale.ROOT));
        if (veu.isPresent() && !Set.of("UVEU", "NVEU").contains(veu.get())) {
            f.problem("veu", "'" + veu.get() + "' is not a validated-end-user status: use UVEU or NVEU, or leave it out");
        }
        Optional<String> endUse = f.text("endUse").map(e -> e.toLowerCase(Locale.ROOT));
        Item item = item(f, kind);
        if (f.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new Transaction(id, date, item, quantity, destination.orElseThrow(), consignee.orElseThrow(),
                hq.orElse(destination.orElseThrow()), parentHq, veu, endUse));
    }

    private static Item item(Fields f, String kind) {
        if (kind.equals("model-weights")) {
            OptionalDouble ops = f.number("trainingOps", 0);
            if (ops.isEmpty()) {
                f.problem("trainingOps", "required for model weights: the training compute in operations, e.g. 1e26");
            }
            boolean open = f.bool("openWeights", false);
            return new Item.ModelWeights(f.text("item").orElse("model weights"), ops.orElse(0), open);
        }
        if (!kind.equals("chips")) {
            f.problem("kind", "'" + kind + "' is not an item kind: use chips (the default) or model-weights");
        }
        Optional<String> name = f.required("item", "a chip from the catalog, e.g. \"NVIDIA H100 SXM\" (GET /api/v1/classify?chip=NAME)");
        if (name.isEmpty()) {
            return null;
        }
        try {
            CatalogChip chip = ChipCatalog.bundled().resolve(f.path("item"), name.get());
            return new Item.Chips(chip.name(), chip.spec(), 1, chip.memoryBandwidthGBs());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> f.problem("item", p.message()));
            return null;
        }
    }

    private static Optional<String> country(Fields f, String name, boolean required) {
        Optional<String> text = required ? f.required(name, "an ISO 3166-1 alpha-2 code or a country name, e.g. DE")
                : f.text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> code = CountryCatalog.bundled().find(text.get()).map(dev.chipex.core.country.Country::code);
        if (code.isEmpty()) {
            try {
                CountryCatalog.bundled().resolve(f.path(name), text.get());
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> f.problem(name, p.message()));
            }
        }
        return code;
    }
}
