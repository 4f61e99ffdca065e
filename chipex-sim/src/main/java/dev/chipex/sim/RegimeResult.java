package dev.chipex.sim;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One regime's figures over all runs, each a {@link Figure}.
 *
 * @param effectiveTiers what a probe shipment gets in each country under this regime (for the map)
 * @param countries      outcomes by destination and year
 * @param fleets         the fleet holders' shares against the regime's limits
 */
public record RegimeResult(String regime, String title, Map<Metric, Figure> metrics, Map<String, Figure> shippedByTier,
                           Map<String, Figure> blockedByControl, Map<String, Figure> shippedByYear,
                           Map<String, Figure> shippedByCountry, Map<String, String> effectiveTiers,
                           List<CountryYear> countries, List<FleetResult> fleets) {
    public RegimeResult {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(title, "title");
        metrics = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(metrics));
        shippedByTier = copy(shippedByTier);
        blockedByControl = copy(blockedByControl);
        shippedByYear = copy(shippedByYear);
        shippedByCountry = copy(shippedByCountry);
        effectiveTiers = copy(effectiveTiers);
        countries = List.copyOf(countries);
        fleets = List.copyOf(fleets);
    }

    public Figure get(Metric metric) {
        return metrics.get(metric);
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
    }
}
