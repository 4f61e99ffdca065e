package dev.chipex.core.decision;

import dev.chipex.core.country.Country;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.item.ChipSpec;
import dev.chipex.core.item.ProcessingRate;
import dev.chipex.core.quota.InMemoryQuotaBook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where two regimes decide differently: every country x item class x quantity band on a date,
 * with the consignee headquartered in the destination, decided under each regime with no prior
 * quota use. Rows with the same items, outcomes and rules are grouped over countries.
 */
public final class RegimeDiff {
    /** An item class the diff probes, with a representative item. */
    public record ItemClass(String label, Item item) {
    }

    /** One difference: the countries where the item class and band are decided as shown. */
    public record Row(String itemClass, long quantity, List<String> countries, String left, String leftRule,
                      String right, String rightRule) {
        public Row {
            countries = List.copyOf(countries);
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    public static final List<Long> QUANTITY_BANDS = List.of(100L, 1_000L, 10_000L);

    public static List<ItemClass> itemClasses() {
        return List.of(
                new ItemClass("3A090.a datacenter chip (H100)", Items.fromCatalog("item", "NVIDIA H100 SXM")),
                new ItemClass("3A090.a non-datacenter chip (RTX 4090)", Items.fromCatalog("item", "NVIDIA GeForce RTX 4090")),
                new ItemClass("3A090.b chip (TPP 3,000, PD 4)", new Item.Chips("3A090.b reference chip",
                        new ChipSpec(List.of(new ProcessingRate(187.5, 16)), OptionalDouble.of(750), true), 1,
                        OptionalDouble.empty())),
                new ItemClass("chip below 3A090 (H20)", Items.fromCatalog("item", "NVIDIA H20")),
                new ItemClass("closed model weights, 1e26 operations", new Item.ModelWeights("frontier model", 1e26, false)));
    }

    public List<Row> diff(DecisionEngine left, DecisionEngine right, LocalDate date) {
        Map<String, Row> grouped = new LinkedHashMap<>();
        for (ItemClass itemClass : itemClasses()) {
            for (long quantity : bands(itemClass)) {
                for (Country country : CountryCatalog.bundled().all()) {
                    Transaction t = new Transaction("diff", date, itemClass.item(), quantity, country.code(),
                            "consignee in " + country.code(), country.code(), Optional.empty(), Optional.empty(),
                            Optional.empty());
                    Determination a = left.decide(t, new InMemoryQuotaBook());
                    Determination b = right.decide(t, new InMemoryQuotaBook());
                    if (summary(a).equals(summary(b))) {
                        continue;
                    }
                    String key = itemClass.label() + "|" + quantity + "|" + summary(a) + "|" + a.rule().orElse("")
                            + "|" + summary(b) + "|" + b.rule().orElse("");
                    Row row = grouped.get(key);
                    List<String> countries = row == null ? new ArrayList<>() : new ArrayList<>(row.countries());
                    countries.add(country.code());
                    grouped.put(key, new Row(itemClass.label(), quantity, countries, summary(a), a.rule().orElse("-"),
                            summary(b), b.rule().orElse("-")));
                }
            }
        }
        return List.copyOf(grouped.values());
    }

    private static List<Long> bands(ItemClass itemClass) {
        return itemClass.item() instanceof Item.ModelWeights ? List.of(1L) : QUANTITY_BANDS;
    }

    /** Outcome, exception and policy in a few words: "EXCEPTION LPP", "LICENSE_REQUIRED case-by-case". */
    public static String summary(Determination d) {
        return d.outcome() + d.exception().map(e -> " " + e).orElse("") + d.policy().map(p -> " " + p).orElse("");
    }
}
