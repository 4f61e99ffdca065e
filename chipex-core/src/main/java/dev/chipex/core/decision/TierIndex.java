package dev.chipex.core.decision;

import dev.chipex.core.regime.GroupResolver;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each country's tier on a date (the first tier group holding it), worked out once per span
 * between the groups' change dates (tiers are groups, so they change only then): one map lookup
 * per country instead of a membership test per tier. Thread-safe.
 */
final class TierIndex {
    private final List<String> tiers;
    private final GroupResolver groups;
    /** By the first day of the span ({@link GroupResolver#spanStart}). */
    private final Map<LocalDate, Map<String, String>> bySpan = new ConcurrentHashMap<>();
    /** The date asked about last: batches come in date order, so this skips the date lookup. */
    private volatile OnDate last = new OnDate(LocalDate.MIN, Map.of());

    /** A determination's tiers for every (destination tier, headquarters tier), index 0 meaning none: made once. */
    private final List<List<Map<String, String>>> pairs = new java.util.ArrayList<>();

    private record OnDate(LocalDate date, Map<String, String> tierOfCountry) {
    }

    TierIndex(List<String> tiers, GroupResolver groups) {
        this.tiers = List.copyOf(tiers);
        this.groups = groups;
        for (int d = 0; d <= tiers.size(); d++) {
            List<Map<String, String>> row = new java.util.ArrayList<>();
            for (int h = 0; h <= tiers.size(); h++) {
                Map<String, String> pair = new HashMap<>();
                if (d > 0) {
                    pair.put("destination", tiers.get(d - 1));
                }
                if (h > 0) {
                    pair.put("headquarters", tiers.get(h - 1));
                }
                row.add(Map.copyOf(pair));
            }
            pairs.add(List.copyOf(row));
        }
    }

    /** The tiers map of a determination: {@code destination} and {@code headquarters}, each when known. */
    Map<String, String> tiers(String destinationTier, String headquartersTier) {
        return pairs.get(tiers.indexOf(destinationTier) + 1).get(tiers.indexOf(headquartersTier) + 1);
    }

    /** Country code to tier name on the date; countries in no tier are absent. */
    Map<String, String> on(LocalDate date) {
        OnDate recent = last;
        if (recent.date().equals(date)) {
            return recent.tierOfCountry();
        }
        Map<String, String> index = bySpan.computeIfAbsent(groups.spanStart(date), start -> build(date));
        last = new OnDate(date, index);
        return index;
    }

    private Map<String, String> build(LocalDate date) {
        Map<String, String> index = new HashMap<>();
        for (String tier : tiers) {
            for (String country : groups.members(tier, date)) {
                index.putIfAbsent(country, tier);
            }
        }
        return Map.copyOf(index);
    }
}
