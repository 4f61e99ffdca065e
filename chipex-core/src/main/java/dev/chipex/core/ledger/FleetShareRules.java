package dev.chipex.core.ledger;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The geographic limits on a validated end user's installed compute, as the regime sets them
 * (Diffusion rule UVEU: at least 75% in Tier 1, at most 7% in any one Tier 2 country, at least 50%
 * in the United States for a US-headquartered company; REGULATION.md §3.7). Countries in neither
 * tier set are Tier 3, where no deployment is authorised.
 *
 * @param homeCountry where the company is headquartered, when a minimum home share applies
 */
public record FleetShareRules(Set<String> tier1, Set<String> tier2, double minimumTier1Share,
                              double maximumShareInOneTier2Country, Optional<String> homeCountry,
                              double minimumHomeShare) {
    public FleetShareRules {
        tier1 = Set.copyOf(tier1);
        tier2 = Set.copyOf(tier2);
        Objects.requireNonNull(homeCountry, "homeCountry");
        for (double share : new double[] {minimumTier1Share, maximumShareInOneTier2Country, minimumHomeShare}) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("a share is between 0 and 1 (got " + share + ")");
            }
        }
    }

    /** The Diffusion rule's UVEU limits; pass the regime's tier sets. */
    public static FleetShareRules universalVeu(Set<String> tier1, Set<String> tier2, Optional<String> homeCountry) {
        return new FleetShareRules(tier1, tier2, 0.75, 0.07, homeCountry,
                homeCountry.filter("US"::equals).isPresent() ? 0.50 : 0);
    }
}
