package dev.chipex.sim.scenario;

import java.util.Map;
import java.util.Objects;

/**
 * Every assumption of a simulation, as loaded. Sources are kept per section for the report.
 *
 * @param diversionRisk        probability that a shipped chip ends up in a Tier 3 destination, by country
 * @param relocationShare      share of blocked foreign demand that moves to the United States,
 *                             within its domestic capacity
 * @param dealProbabilities    probability that a regime's deal is reached, by deal id
 * @param world                the world demand model's assumptions
 */
public record Assumptions(ByYear priceUsd, Uncertain priceFactor, double defaultDiversionRisk,
                          Map<String, Double> diversionRisk, Uncertain diversionFactor,
                          Map<String, Review> reviews, Uncertain substitutionShare, ByYear substitutionCapacity,
                          ByYear domesticCapacity, Uncertain relocationShare, Uncertain defaultDealProbability,
                          Map<String, Uncertain> dealProbabilities, WorldAssumptions world,
                          Map<String, String> sources) {
    public Assumptions {
        Objects.requireNonNull(priceUsd, "priceUsd");
        diversionRisk = Map.copyOf(diversionRisk);
        reviews = Map.copyOf(reviews);
        dealProbabilities = Map.copyOf(dealProbabilities);
        Objects.requireNonNull(world, "world");
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
    }

    public double diversionRisk(String country) {
        return diversionRisk.getOrDefault(country, defaultDiversionRisk);
    }

    public Uncertain dealProbability(String dealId) {
        return dealProbabilities.getOrDefault(dealId, defaultDealProbability);
    }
}
