package dev.chipex.sim;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.regime.RegimeCatalog;

import java.time.LocalDate;
import java.util.List;

/**
 * The Diffusion rule's tiers (ai-diffusion-2025's tier1/tier2/tier3 groups), used to split
 * every regime's results so regimes are comparable (ARCHITECTURE.md §6).
 */
final class DiffusionTiers {
    static final List<String> TIERS = List.of("tier1", "tier2", "tier3");
    private final DecisionEngine diffusion = DecisionEngine.of(RegimeCatalog.builtIn().get("ai-diffusion-2025"));

    /** The first tier group holding the country on the date; tier2 when none does. */
    String of(String country, LocalDate date) {
        return diffusion.onDate(date).tierOf(country).orElse("tier2");
    }
}
