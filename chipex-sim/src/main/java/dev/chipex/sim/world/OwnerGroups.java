package dev.chipex.sim.world;

import dev.chipex.core.csv.CsvTable;
import dev.chipex.sim.demand.OwnerHeadquarters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The owners the chip-owner files name (Microsoft, Meta, Amazon, Google, Oracle, CoreWeave, xAI),
 * as the site files spell them ({@code owner-groups.csv}), with their headquarters from the
 * project's owner crosswalk. Every other owner is "Other".
 */
final class OwnerGroups {
    private final Map<String, String> groupOf = new HashMap<>();
    private final Map<String, List<String>> names = new HashMap<>();
    private final OwnerHeadquarters headquarters = OwnerHeadquarters.bundled();

    OwnerGroups(CsvTable table) {
        for (CsvTable.Row row : table.rows()) {
            groupOf.put(key(row.get("name")), row.get("owner"));
            names.computeIfAbsent(row.get("owner"), o -> new ArrayList<>()).add(row.get("name"));
        }
    }

    static OwnerGroups bundled() {
        return new OwnerGroups(Resources.table("owner-groups.csv"));
    }

    /** The named owner among a site's owners (the first one named), if any. */
    Optional<String> group(List<String> owners) {
        return owners.stream().map(o -> groupOf.get(key(strip(o)))).filter(g -> g != null).findFirst();
    }

    /** A named owner's headquarters, from the crosswalk under any of its spellings. */
    String headquarters(String group) {
        return names.getOrDefault(group, List.of(group)).stream().map(headquarters::headquarters)
                .flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new IllegalStateException("owner-headquarters.csv has no row for " + group));
    }

    Optional<String> headquartersOfOther(String owner) {
        return headquarters.headquarters(owner);
    }

    /** An owner as the data-centre file writes it, without its confidence tag: "Oracle #likely" is Oracle. */
    static String strip(String owner) {
        int tag = owner.indexOf('#');
        return (tag < 0 ? owner : owner.substring(0, tag)).strip();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
