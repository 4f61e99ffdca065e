package dev.chipex.core.ledger;

import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.regime.GroupResolver;
import dev.chipex.core.regime.Parameter;
import dev.chipex.core.regime.Regime;

import java.time.LocalDate;
import java.util.List;
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

    /**
     * The limits a regime sets on a date: its {@code tier1}/{@code tier2} groups and the
     * {@code uveu-min-tier1-share}, {@code uveu-max-country-share} and {@code uveu-min-home-share}
     * parameters (the home share binds US-headquartered companies, 15 CFR 748.15).
     */
    public static FleetShareRules fromRegime(Regime regime, LocalDate date, Optional<String> homeCountry) {
        if (!regime.tiers().containsAll(List.of("tier1", "tier2"))) {
            throw InvalidInputException.of("regime", "regime '" + regime.id()
                    + "' has no Tier 1/Tier 2 groups, so it sets no fleet-share rules; use e.g. ai-diffusion-2025");
        }
        GroupResolver groups = GroupResolver.of(regime);
        return new FleetShareRules(groups.members("tier1", date), groups.members("tier2", date),
                share(regime, "uveu-min-tier1-share", date), share(regime, "uveu-max-country-share", date), homeCountry,
                homeCountry.filter("US"::equals).isPresent() ? share(regime, "uveu-min-home-share", date) : 0);
    }

    private static double share(Regime regime, String parameter, LocalDate date) {
        Parameter p = regime.parameters().get(parameter);
        if (p == null || p.valueOn(date).isEmpty()) {
            throw InvalidInputException.of("regime", "regime '" + regime.id() + "' has no value for parameter '"
                    + parameter + "' on " + date + "; define it to use validated-end-user fleet checks");
        }
        return p.valueOn(date).getAsDouble();
    }
}
