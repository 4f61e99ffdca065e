package dev.chipex.sim.world;

import dev.chipex.sim.scenario.Uncertain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The world demand next to the figures it was calibrated on: each year's shipments against the
 * sales data's total and 90% interval (after the data: the growth assumption's range), and the
 * shares of the United States and China next to the shares Epoch AI publishes.
 *
 * @param usShare2025     the US share of 2025 demand
 * @param chinaShare2025  China's share of 2025 demand (legal purchases, H200 orders, smuggling)
 * @param usStockShare    the US share of all compute at the end of 2025 (stock plus 2025 demand)
 * @param chinaStockShare China's share of it
 */
public record Calibration(List<YearTotal> years, double usShare2025, double chinaShare2025, double usStockShare,
                          double chinaStockShare) {
    /** Epoch AI, 'The US hosts the majority of GPU cluster performance, followed by China' (data insight, 2025-06-05). */
    public static final String CLUSTER_SHARES = "Epoch AI: the United States holds about 75% and China 15% of GPU "
            + "cluster performance (May 2025; epoch.ai/data-insights/ai-supercomputers-performance-share-by-country)";
    /** Epoch AI, AI Chip Owners explorer (2026). */
    public static final String OWNER_SHARES = "Epoch AI: Chinese companies own just over 5% of global AI compute, "
            + "smuggled chips excluded (AI Chip Owners, 2026; epoch.ai/data/ai-chip-owners)";
    public static final double PUBLISHED_US_CLUSTER_SHARE = 0.75;
    public static final double PUBLISHED_CHINA_CLUSTER_SHARE = 0.15;
    public static final double PUBLISHED_CHINA_OWNER_SHARE = 0.05;

    /**
     * One year: the demand the sales data calibrate (China's H200 orders and smuggling left out)
     * against its source, and whether the source is data or the growth assumption.
     */
    public record YearTotal(int year, double demand, double sourceLow, double sourceMedian, double sourceHigh,
                            boolean fromData) {
        public boolean withinSource() {
            return demand >= sourceLow * (1 - 1e-9) && demand <= sourceHigh * (1 + 1e-9);
        }
    }

    public Calibration {
        years = List.copyOf(years);
    }

    static List<YearTotal> years(WorldTotals totals, Uncertain growth, Map<Integer, Double> demandByYear) {
        List<YearTotal> out = new ArrayList<>();
        double[] low = new double[Quarter.COUNT];
        double[] high = new double[Quarter.COUNT];
        for (int q = 0; q < Quarter.COUNT; q++) {
            boolean data = q < totals.dataQuarters();
            low[q] = data ? totals.sales(q).low() : low[q - 4] * growth.low();
            high[q] = data ? totals.sales(q).high() : high[q - 4] * growth.high();
        }
        for (int year = Quarter.FIRST.year(); year <= Quarter.LAST.year(); year++) {
            int first = new Quarter(year, 1).index();
            double l = 0;
            double m = 0;
            double h = 0;
            for (int q = first; q < first + 4; q++) {
                l += low[q];
                m += totals.total(q);
                h += high[q];
            }
            out.add(new YearTotal(year, demandByYear.getOrDefault(year, 0.0), l, m, h, first + 3 < totals.dataQuarters()));
        }
        return out;
    }
}
