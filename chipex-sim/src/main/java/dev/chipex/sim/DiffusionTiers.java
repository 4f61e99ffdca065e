package dev.chipex.sim;

import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.RegimeCatalog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Diffusion rule's tiers (ai-diffusion-2025's tier1/tier2/tier3 groups), used to split
 * every regime's results so regimes are comparable (ARCHITECTURE.md §6). Not thread-safe: a
 * simulation asks it about each record once, in its constructor.
 */
final class DiffusionTiers {
    static final List<String> TIERS = List.of("tier1", "tier2", "tier3");
    private final GroupResolver groups = GroupResolver.of(RegimeCatalog.builtIn().get("ai-diffusion-2025"));
    /**
     * The tiers of the countries asked about on the date asked about last: records come in date
     * order, many to the same few countries a day, so most are answered here without testing
     * membership of each tier.
     */
    private final Map<String, String> onLastDate = new HashMap<>();
    private LocalDate lastDate;

    String of(String country, LocalDate date) {
        if (!date.equals(lastDate)) {
            onLastDate.clear();
            lastDate = date;
        }
        String known = onLastDate.get(country);
        if (known != null) {
            return known;
        }
        String tier = resolve(country, date);
        onLastDate.put(country, tier);
        return tier;
    }

    /** The first tier group holding the country on the date; tier2 when none does. */
    String resolve(String country, LocalDate date) {
        for (String tier : TIERS) {
            if (groups.contains(tier, country, date)) {
                return tier;
            }
        }
        return "tier2";
    }
}
