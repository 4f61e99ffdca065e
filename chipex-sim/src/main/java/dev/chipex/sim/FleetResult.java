package dev.chipex.sim;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One fleet holder's installed compute at the end of the demand under one regime, over the runs:
 * its shares in the United States, in Tier 1, in each Tier 2 country and outside Tier 1 (the regime's
 * tiers, or the Diffusion rule's), the regime's limits when it sets any, and the compute each
 * fleet-share rule kept from being deployed under the UVEU authorization.
 */
public record FleetResult(String holder, String home, Figure fleetH100e, Figure usShare, Figure tier1Share,
                          Figure outsideTier1Share, Map<String, Figure> tier2Shares, Map<String, Figure> boundH100e,
                          Optional<Limits> limits) {
    /** The regime's fleet-share limits for this holder. */
    public record Limits(double minTier1Share, double maxTier2CountryShare, double minHomeShare) {
    }

    public FleetResult {
        Objects.requireNonNull(holder, "holder");
        tier2Shares = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(tier2Shares));
        boundH100e = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(boundH100e));
        Objects.requireNonNull(limits, "limits");
    }

    /** The largest Tier 2 country share (median over runs), or 0. */
    public double largestTier2Share() {
        return tier2Shares.values().stream().mapToDouble(Figure::value).max().orElse(0);
    }
}
