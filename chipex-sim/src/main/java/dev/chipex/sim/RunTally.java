package dev.chipex.sim;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** One regime's outcomes in one run, accumulated record by record. */
final class RunTally {
    final double[] metrics = new double[Metric.values().length];
    final Map<String, Double> shippedByTier = new TreeMap<>();
    final Map<String, Double> blockedByControl = new TreeMap<>();
    final Map<Integer, Double> shippedByYear = new TreeMap<>();
    final Map<String, Double> shippedByCountry = new TreeMap<>();
    final Map<Integer, Double> usShippedByYear = new TreeMap<>();
    final Map<Integer, Double> relocatedByYear = new TreeMap<>();
    final Map<Integer, Double> competitorByYear = new TreeMap<>();
    double foreignDemand;
    double foreignShipped;
    double delayDays;
    double tier1World;
    double world;

    RunTally() {
        for (String tier : DiffusionTiers.TIERS) {
            shippedByTier.put(tier, 0.0);
        }
    }

    void add(Metric m, double amount) {
        metrics[m.ordinal()] += amount;
    }

    double get(Metric m) {
        return metrics[m.ordinal()];
    }

    /** Turns sums into the shares and means the metrics report. */
    void finish() {
        double apps = get(Metric.LICENSE_APPLICATIONS);
        metrics[Metric.MEAN_LICENSE_DELAY_DAYS.ordinal()] = apps == 0 ? 0 : delayDays / apps;
        metrics[Metric.FOREIGN_DEMAND_SERVED_SHARE.ordinal()] = foreignDemand == 0 ? 0 : foreignShipped / foreignDemand;
        metrics[Metric.COMPETITOR_SHARE.ordinal()] = foreignDemand == 0 ? 0 : get(Metric.COMPETITOR_H100E) / foreignDemand;
        metrics[Metric.CONTROL_SHARE.ordinal()] = world == 0 ? 0 : tier1World / world;
    }

    static Map<Metric, Double> empty() {
        return new EnumMap<>(Metric.class);
    }
}
