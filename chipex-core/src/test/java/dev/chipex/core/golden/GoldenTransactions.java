package dev.chipex.core.golden;

import dev.chipex.core.country.Confidence;
import dev.chipex.core.decision.Item;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.item.CatalogChip;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.item.ChipSpec;
import dev.chipex.core.item.ProcessingRate;
import dev.chipex.core.regime.Agreement;
import dev.chipex.core.regime.Cited;
import dev.chipex.core.regime.Validity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads the transaction fields of a golden case (the CLI's batch column names). */
final class GoldenTransactions {
    private static final List<String> KEYS = List.of("date", "item", "quantity", "destination", "consignee",
            "consignee_hq", "parent_hq", "veu", "end_use");

    private GoldenTransactions() {
    }

    static String[] KEYS_WITH(String... more) {
        List<String> all = new ArrayList<>(KEYS);
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    static Transaction from(String id, GoldenValues v) {
        String destination = v.text("destination");
        return new Transaction(id, v.date("date"), item(v), (long) v.number("quantity", 1), destination,
                v.optionalText("consignee").orElse("Consignee Ltd"), v.optionalText("consignee_hq").orElse(destination),
                v.optionalText("parent_hq"), v.optionalText("veu"), v.optionalText("end_use"));
    }

    static Agreement agreement(GoldenValues a) {
        a.allowOnly("country", "kind", "from", "until");
        return new Agreement(a.text("country"), a.optionalText("kind").orElse("g2g"),
                new Validity(a.has("from") ? Optional.of(a.date("from")) : Optional.empty(),
                        a.has("until") ? Optional.of(a.date("until")) : Optional.empty()),
                new Cited("golden case", Confidence.C, false, false), "added by a golden case");
    }

    private static Item item(GoldenValues v) {
        if (!(v.raw("item") instanceof java.util.Map)) {
            CatalogChip chip = ChipCatalog.bundled().resolve("item", v.text("item"));
            return new Item.Chips(chip.name(), chip.spec(), 1, chip.memoryBandwidthGBs());
        }
        GoldenValues item = v.child("item");
        item.allowOnly("chip", "chips_per_unit", "name", "rates", "die_area", "datacenter", "memory_bandwidth",
                "model_weights", "training_ops", "open_weights");
        if (item.has("model_weights")) {
            return new Item.ModelWeights(item.text("model_weights"), item.number("training_ops", 0),
                    Boolean.TRUE.equals(item.raw("open_weights")));
        }
        int perUnit = (int) item.number("chips_per_unit", 1);
        if (item.has("chip")) {
            CatalogChip chip = ChipCatalog.bundled().resolve("item", item.text("chip"));
            return new Item.Chips(chip.name(), chip.spec(), perUnit, chip.memoryBandwidthGBs());
        }
        List<ProcessingRate> rates = new ArrayList<>();
        for (Object rate : (List<?>) item.raw("rates")) {
            rates.add(ProcessingRate.parse("rates", String.valueOf(rate)));
        }
        ChipSpec spec = new ChipSpec(rates, item.has("die_area") ? OptionalDouble.of(item.number("die_area", 0))
                : OptionalDouble.empty(), !Boolean.FALSE.equals(item.raw("datacenter")));
        OptionalDouble bandwidth = item.has("memory_bandwidth") ? OptionalDouble.of(item.number("memory_bandwidth", 0))
                : OptionalDouble.empty();
        return new Item.Chips(item.optionalText("name").orElse("custom chip"), spec, perUnit, bandwidth);
    }
}
