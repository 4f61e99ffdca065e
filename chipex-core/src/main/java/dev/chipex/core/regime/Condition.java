package dev.chipex.core.regime;

import dev.chipex.core.item.Eccn;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One test a rule makes of a transaction. A rule applies when all of its conditions hold. */
public sealed interface Condition {
    boolean holds(Facts facts);

    /** The condition in words, for traces and explanations. */
    String describe();

    /**
     * The groups (regime groups, EAR groups or country codes) whose membership the test asks
     * about, empty when none: the engine resolves them once for each span of dates.
     */
    List<String> groups();

    /**
     * A condition written in code rather than in a regime file: how a new kind of test (on any
     * fact of a transaction) is tried before the file format knows it. The engine and every front
     * door treat it as they treat the others; a regime holding one is built in code, not loaded.
     */
    non-sealed interface Defined extends Condition {
    }

    private static boolean anyHeadquartersIn(Facts f, List<String> groups) {
        for (String hq : f.headquarters()) {
            if (inAny(f, groups, hq)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inAny(Facts f, List<String> groups, String country) {
        for (String g : groups) {
            if (f.inGroup(g, country)) {
                return true;
            }
        }
        return false;
    }

    /** The item's classification is one of these. */
    record ItemIn(List<Eccn> eccns) implements Condition {
        public ItemIn {
            eccns = List.copyOf(eccns);
        }

        public boolean holds(Facts f) {
            return eccns.contains(f.eccn());
        }

        public String describe() {
            return "item classified " + eccns.stream().map(Eccn::code).collect(Collectors.joining(" or "));
        }

        public List<String> groups() {
            return List.of();
        }
    }

    /** The item is one of these named catalog items (for rules aimed at specific products). */
    record ItemNamed(List<String> names) implements Condition {
        public ItemNamed {
            names = List.copyOf(names);
        }

        public boolean holds(Facts f) {
            return names.stream().anyMatch(n -> n.equalsIgnoreCase(f.itemName()));
        }

        public String describe() {
            return "item is " + String.join(" or ", names);
        }

        public List<String> groups() {
            return List.of();
        }
    }

    record DatacenterIs(boolean datacenter) implements Condition {
        public boolean holds(Facts f) {
            return f.datacenter() == datacenter;
        }

        public String describe() {
            return datacenter ? "item designed or marketed for datacenters" : "item not designed or marketed for datacenters";
        }

        public List<String> groups() {
            return List.of();
        }
    }

    /** Per-unit TPP below a bound (the January 2026 performance box, for example). */
    record TppBelow(double bound) implements Condition {
        public boolean holds(Facts f) {
            return f.tppPerChip() < bound;
        }

        public String describe() {
            return "TPP per chip below " + Numbers.plain(bound);
        }

        public List<String> groups() {
            return List.of();
        }
    }

    record MemoryBandwidthBelow(double gigabytesPerSecond) implements Condition {
        public boolean holds(Facts f) {
            return f.memoryBandwidthGBs().isPresent() && f.memoryBandwidthGBs().getAsDouble() < gigabytesPerSecond;
        }

        public String describe() {
            return "total DRAM bandwidth below " + Numbers.plain(gigabytesPerSecond) + " GB/s";
        }

        public List<String> groups() {
            return List.of();
        }
    }

    record DestinationIn(List<String> groups) implements Condition {
        public DestinationIn {
            groups = List.copyOf(groups);
        }

        public boolean holds(Facts f) {
            return inAny(f, groups, f.destination());
        }

        public String describe() {
            return "destination in " + String.join(" or ", groups);
        }
    }

    record DestinationNotIn(List<String> groups) implements Condition {
        public DestinationNotIn {
            groups = List.copyOf(groups);
        }

        public boolean holds(Facts f) {
            return !inAny(f, groups, f.destination());
        }

        public String describe() {
            return "destination not in " + String.join(" or ", groups);
        }
    }

    /** The consignee or its ultimate parent is headquartered in one of the groups. */
    record HeadquartersIn(List<String> groups) implements Condition {
        public HeadquartersIn {
            groups = List.copyOf(groups);
        }

        public boolean holds(Facts f) {
            return anyHeadquartersIn(f, groups);
        }

        public String describe() {
            return "consignee or its ultimate parent headquartered in " + String.join(" or ", groups);
        }
    }

    /** Neither the consignee nor its ultimate parent is headquartered in any of the groups. */
    record HeadquartersNotIn(List<String> groups) implements Condition {
        public HeadquartersNotIn {
            groups = List.copyOf(groups);
        }

        public boolean holds(Facts f) {
            return !anyHeadquartersIn(f, groups);
        }

        public String describe() {
            return "neither consignee nor ultimate parent headquartered in " + String.join(" or ", groups);
        }
    }

    /** The consignee and its ultimate parent are both headquartered inside the groups. */
    record HeadquartersOnlyIn(List<String> groups) implements Condition {
        public HeadquartersOnlyIn {
            groups = List.copyOf(groups);
        }

        public boolean holds(Facts f) {
            for (String hq : f.headquarters()) {
                if (!inAny(f, groups, hq)) {
                    return false;
                }
            }
            return true;
        }

        public String describe() {
            return "consignee and ultimate parent headquartered in " + String.join(" or ", groups);
        }
    }

    /** The consignee claims this validated-end-user status (UVEU or NVEU). */
    record VeuIs(String status) implements Condition {
        public boolean holds(Facts f) {
            return f.veu().map(v -> v.equalsIgnoreCase(status)).orElse(false);
        }

        public String describe() {
            return "consignee is a " + status;
        }

        public List<String> groups() {
            return List.of();
        }
    }

    record EndUseIn(List<String> endUses) implements Condition {
        public EndUseIn {
            endUses = List.copyOf(endUses);
        }

        public boolean holds(Facts f) {
            return f.endUse().map(e -> endUses.contains(e.toLowerCase(Locale.ROOT))).orElse(false);
        }

        public String describe() {
            return "end use is " + String.join(" or ", endUses);
        }

        public List<String> groups() {
            return List.of();
        }
    }

    record ConsigneeIn(List<String> consignees) implements Condition {
        public ConsigneeIn {
            consignees = List.copyOf(consignees);
        }

        public boolean holds(Facts f) {
            return consignees.stream().anyMatch(c -> c.equalsIgnoreCase(f.consignee()));
        }

        public String describe() {
            return "consignee is " + String.join(" or ", consignees);
        }

        public List<String> groups() {
            return List.of();
        }
    }
}
