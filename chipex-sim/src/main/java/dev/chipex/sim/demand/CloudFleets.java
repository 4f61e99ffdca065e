package dev.chipex.sim.demand;

import java.util.Map;
import java.util.TreeMap;

/**
 * The compute large cloud providers already hold before the demand starts, by provider and
 * country (H100e), so the fleet-share limits on validated end users can be measured on their whole
 * fleet. A buyer whose records claim UVEU is a fleet holder whether or not it appears here.
 */
public record CloudFleets(Map<String, Map<String, Double>> stockByProvider) {
    public static final CloudFleets NONE = new CloudFleets(Map.of());

    public CloudFleets {
        Map<String, Map<String, Double>> copy = new TreeMap<>();
        stockByProvider.forEach((provider, byCountry) -> copy.put(provider,
                java.util.Collections.unmodifiableMap(new TreeMap<>(byCountry))));
        stockByProvider = java.util.Collections.unmodifiableMap(copy);
    }

    public Map<String, Double> stock(String provider) {
        return stockByProvider.getOrDefault(provider, Map.of());
    }
}
