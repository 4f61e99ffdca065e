package dev.chipex.sim;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One regime's outcomes in one run, accumulated record by record. Sums by tier, year and
 * country go into arrays indexed as {@link DemandFacts} numbers them, each summed in record
 * order as before, and become the maps the results read when the run finishes.
 */
final class RunTally {
    final double[] metrics = new double[Metric.values().length];
    final Map<String, Double> shippedByTier = new TreeMap<>();
    final Map<String, Double> blockedByControl = new TreeMap<>();
    /**
     * What each control blocked, summed in record order as it comes: a hash lookup and an add in
     * place, where the sorted map above would compare names and box a Double per blocked
     * record. It becomes that map when the run finishes.
     */
    private final Map<String, double[]> blocked = new HashMap<>();
    final Map<Integer, Double> shippedByYear = new TreeMap<>();
    final Map<String, Double> shippedByCountry = new TreeMap<>();
    final double[] shippedInTier = new double[DiffusionTiers.TIERS.size()];
    final double[] shippedInYear;
    /** Whether anything shipped in the year or to the country: only those appear in the maps, zeros included. */
    final boolean[] yearShipped;
    final double[] shippedToCountry;
    final boolean[] countryShipped;
    final double[] usShippedInYear;
    final double[] relocatedInYear;
    final double[] competitorInYear;
    final CountryTally countries;
    final FleetTally fleets;
    /** The fleets' shares at the end of the run, by holder (set when the run finishes). */
    final List<FleetTally.Shares> fleetShares = new java.util.ArrayList<>();
    double foreignDemand;
    double foreignShipped;
    double delayDays;
    double tier1World;
    double world;

    RunTally(int years, int countries, FleetTally fleets) {
        this.countries = new CountryTally(countries, years);
        this.fleets = fleets;
        shippedInYear = new double[years];
        yearShipped = new boolean[years];
        shippedToCountry = new double[countries];
        countryShipped = new boolean[countries];
        usShippedInYear = new double[years];
        relocatedInYear = new double[years];
        competitorInYear = new double[years];
    }

    void add(Metric m, double amount) {
        metrics[m.ordinal()] += amount;
    }

    double get(Metric m) {
        return metrics[m.ordinal()];
    }

    void block(String control, double h100e) {
        blocked.computeIfAbsent(control, c -> new double[1])[0] += h100e;
    }

    /** Turns sums into the shares and means the metrics report, and the arrays into maps. */
    void finish(DemandFacts facts) {
        double apps = get(Metric.LICENSE_APPLICATIONS);
        metrics[Metric.MEAN_LICENSE_DELAY_DAYS.ordinal()] = apps == 0 ? 0 : delayDays / apps;
        metrics[Metric.FOREIGN_DEMAND_SERVED_SHARE.ordinal()] = foreignDemand == 0 ? 0 : foreignShipped / foreignDemand;
        metrics[Metric.COMPETITOR_SHARE.ordinal()] = foreignDemand == 0 ? 0 : get(Metric.COMPETITOR_H100E) / foreignDemand;
        metrics[Metric.CONTROL_SHARE.ordinal()] = world == 0 ? 0 : tier1World / world;
        blocked.forEach((control, sum) -> blockedByControl.put(control, sum[0]));
        for (int t = 0; t < shippedInTier.length; t++) {
            shippedByTier.put(DiffusionTiers.TIERS.get(t), shippedInTier[t]);
        }
        for (int y = 0; y < shippedInYear.length; y++) {
            if (yearShipped[y]) {
                shippedByYear.put(facts.years[y], shippedInYear[y]);
            }
        }
        for (int c = 0; c < shippedToCountry.length; c++) {
            if (countryShipped[c]) {
                shippedByCountry.put(facts.countries[c], shippedToCountry[c]);
            }
        }
    }

    static Map<Metric, Double> empty() {
        return new EnumMap<>(Metric.class);
    }
}
