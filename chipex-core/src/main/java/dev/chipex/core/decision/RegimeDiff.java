package dev.chipex.core.decision;

import dev.chipex.core.country.Country;
import dev.chipex.core.country.CountryCatalog;
import dev.chipex.core.item.ChipSpec;
import dev.chipex.core.item.ProcessingRate;
import dev.chipex.core.quota.InMemoryQuotaBook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where two regimes decide differently: every country x item class x quantity band on a date,
 * decided under each regime with no prior quota use, first for a consignee headquartered in the
 * destination, then for one headquartered in each {@linkplain HeadquartersProbes probe country}
 * where that changes the comparison. Rows with the same items, headquarters, outcomes and rules
 * are grouped over destination countries.
 */
public final class RegimeDiff {
    /** An item class the diff probes, with a representative item. */
    public record ItemClass(String label, Item item) {
    }

    /** What {@link Row#headquarters()} says when the consignee is headquartered in the destination. */
    public static final String IN_DESTINATION = "destination";

    /**
     * One difference: the destination countries where the item class and band are decided as shown
     * for a consignee headquartered in {@code headquarters} (a country code, or {@link #IN_DESTINATION});
     * {@code headquartersAlike} are the countries the two regimes treat as that headquarters does.
     */
    public record Row(String itemClass, long quantity, String headquarters, List<String> headquartersAlike,
                      List<String> countries, String left, String leftRule, String right, String rightRule) {
        public Row {
            headquartersAlike = List.copyOf(headquartersAlike);
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
        List<HeadquartersProbes.Probe> probes = HeadquartersProbes.of(left, right, date);
        Map<String, Row> grouped = new LinkedHashMap<>();
        for (ItemClass itemClass : itemClasses()) {
            for (long quantity : bands(itemClass)) {
                for (Country country : CountryCatalog.bundled().all()) {
                    String destination = country.code();
                    Pair local = decide(left, right, itemClass, quantity, destination, destination, date);
                    add(grouped, itemClass, quantity, IN_DESTINATION, List.of(), destination, local);
                    for (HeadquartersProbes.Probe probe : probes) {
                        if (probe.alike().contains(destination)) {
                            continue;
                        }
                        Pair foreign = decide(left, right, itemClass, quantity, destination, probe.country(), date);
                        if (!foreign.sameAs(local)) {
                            add(grouped, itemClass, quantity, probe.country(), probe.alike(), destination, foreign);
                        }
                    }
                }
            }
        }
        // Rows of one item class, band and headquarters together, headquarters in the destination first.
        List<String> order = itemClasses().stream().map(ItemClass::label).toList();
        return grouped.values().stream().sorted(Comparator.comparingInt((Row r) -> order.indexOf(r.itemClass()))
                .thenComparingLong(Row::quantity)
                .thenComparing(r -> !r.headquarters().equals(IN_DESTINATION))
                .thenComparing(Row::headquarters)).toList();
    }

    /** The two regimes' outcome summaries and deciding rules for one shipment. */
    private record Pair(String left, String leftRule, String right, String rightRule) {
        boolean differs() {
            return !left.equals(right);
        }

        boolean sameAs(Pair other) {
            return left.equals(other.left) && right.equals(other.right);
        }
    }

    private static Pair decide(DecisionEngine left, DecisionEngine right, ItemClass itemClass, long quantity,
                               String destination, String headquarters, LocalDate date) {
        Transaction t = new Transaction("diff", date, itemClass.item(), quantity, destination,
                "consignee in " + destination, headquarters, Optional.empty(), Optional.empty(), Optional.empty());
        Determination a = left.decide(t, new InMemoryQuotaBook());
        Determination b = right.decide(t, new InMemoryQuotaBook());
        return new Pair(summary(a), a.rule().orElse("-"), summary(b), b.rule().orElse("-"));
    }

    private static void add(Map<String, Row> grouped, ItemClass itemClass, long quantity, String headquarters,
                            List<String> alike, String destination, Pair pair) {
        if (!pair.differs()) {
            return;
        }
        String key = String.join("|", itemClass.label(), Long.toString(quantity), headquarters, pair.left(),
                pair.leftRule(), pair.right(), pair.rightRule());
        Row row = grouped.get(key);
        List<String> countries = row == null ? new ArrayList<>() : new ArrayList<>(row.countries());
        countries.add(destination);
        grouped.put(key, new Row(itemClass.label(), quantity, headquarters, alike, countries, pair.left(),
                pair.leftRule(), pair.right(), pair.rightRule()));
    }

    private static List<Long> bands(ItemClass itemClass) {
        return itemClass.item() instanceof Item.ModelWeights ? List.of(1L) : QUANTITY_BANDS;
    }

    /** Outcome, exception and policy in a few words: "EXCEPTION LPP", "LICENSE_REQUIRED case-by-case". */
    public static String summary(Determination d) {
        return d.outcome() + d.exception().map(e -> " " + e).orElse("") + d.policy().map(p -> " " + p).orElse("");
    }
}
