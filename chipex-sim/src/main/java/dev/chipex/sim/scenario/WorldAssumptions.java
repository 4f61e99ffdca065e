package dev.chipex.sim.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The assumptions of the world demand model (assumptions.yaml, {@code worldDemand}), each section
 * with its source there.
 *
 * @param growthPerYear         a quarter after the sales data ships this many times the same quarter a year before
 * @param paretoAlpha           the buyer-size exponent; empty: fitted to the cluster file above the threshold
 * @param sizeGrowthPerYear     how much a buyer's H100e grow each year after 2025 (its budget buys more)
 * @param classBounds           the bounds of the buyer-size classes below the threshold, H100e a year
 * @param fineClassesFrom       a country-year with less unrecorded demand (H100e) is split at {@code coarseBounds} only
 * @param coarseBounds          the bounds for such small country-years
 * @param twiceAYearFrom        in a large country-year, a class with at least this many buyers orders twice a year
 * @param maxObservedShare      the most of a quarter's "Other" demand the recorded and planned sites may take
 * @param abroadShare           the share of a named owner's demand placed outside its home, by owner
 * @param abroadCountries       over how many countries (the largest by the country model) that share spreads
 * @param h200Orders2026        Chinese orders of H200 for 2026, H100e
 * @param smuggling2025         Chinese demand served by smuggling in 2025, H100e
 */
public record WorldAssumptions(Uncertain growthPerYear, double detectionThreshold, OptionalDouble paretoAlpha,
                               double smallestBuyer, double sizeGrowthPerYear, List<Double> classBounds,
                               double fineClassesFrom, List<Double> coarseBounds, double twiceAYearFrom,
                               double maxObservedShare, int leadDays, List<String> uveuProviders,
                               Map<String, Double> abroadShare, int abroadCountries, Uncertain h200Orders2026,
                               Uncertain smuggling2025) {
    public WorldAssumptions {
        Objects.requireNonNull(growthPerYear, "growthPerYear");
        Objects.requireNonNull(paretoAlpha, "paretoAlpha");
        classBounds = List.copyOf(classBounds);
        coarseBounds = List.copyOf(coarseBounds);
        uveuProviders = List.copyOf(uveuProviders);
        abroadShare = Map.copyOf(abroadShare);
        Objects.requireNonNull(h200Orders2026, "h200Orders2026");
        Objects.requireNonNull(smuggling2025, "smuggling2025");
    }

    public double abroadShare(String owner) {
        return abroadShare.getOrDefault(owner, 0.0);
    }
}
