package dev.chipex.sim.world;

import dev.chipex.sim.scenario.Uncertain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * World shipments per quarter, 2025Q1 to 2030Q4, and each owner's part of them. Quarters with
 * sales data take its totals; a later quarter ships {@code growth} times the same quarter a year
 * before. Owners' parts are their shares of what the owner files say they received in the quarter
 * (the files' medians do not add up to the sales total, so shares, not figures, carry over); after the
 * data, every owner keeps its share of the last year of data, except China, whose purchases after it
 * are modelled apart.
 */
final class WorldTotals {
    private final Range[] sales = new Range[Quarter.COUNT];
    private final double[] central = new double[Quarter.COUNT];
    private final Map<String, double[]> shares = new LinkedHashMap<>();
    private final Uncertain growth;
    private final int dataQuarters;

    WorldTotals(ChipSales chipSales, ChipOwners owners, Uncertain growth) {
        this.growth = growth;
        this.dataQuarters = chipSales.lastComplete().index() + 1;
        for (int q = 0; q < Quarter.COUNT; q++) {
            sales[q] = q < dataQuarters ? chipSales.totals().get(Quarter.at(q)) : null;
            central[q] = q < dataQuarters ? sales[q].median() : central[q - 4] * growth.value();
        }
        List<String> names = owners.owners();
        Map<String, Double> lastYear = new LinkedHashMap<>();
        for (String owner : names) {
            shares.put(owner, new double[Quarter.COUNT]);
            for (int q = Math.max(0, dataQuarters - 4); q < dataQuarters; q++) {
                lastYear.merge(owner, owner.equals(ChipOwners.CHINA) ? 0 : owners.flow(owner, Quarter.at(q)), Double::sum);
            }
        }
        double lastYearSum = lastYear.values().stream().mapToDouble(Double::doubleValue).sum();
        for (int q = 0; q < Quarter.COUNT; q++) {
            double sum = 0;
            for (String owner : names) {
                sum += owners.flow(owner, Quarter.at(q));
            }
            for (String owner : names) {
                shares.get(owner)[q] = q < dataQuarters ? owners.flow(owner, Quarter.at(q)) / sum
                        : lastYear.get(owner) / lastYearSum;
            }
        }
    }

    int dataQuarters() {
        return dataQuarters;
    }

    /** Central world shipments of the quarter (index from 2025Q1), H100e. */
    double total(int quarter) {
        return central[quarter];
    }

    /** The sales data's 90% interval for a quarter with data. */
    Range sales(int quarter) {
        return sales[quarter];
    }

    /** The owner's central H100e in the quarter. */
    double owner(String owner, int quarter) {
        return shares.get(owner)[quarter] * central[quarter];
    }

    List<String> owners() {
        return List.copyOf(shares.keySet());
    }

    /**
     * Each quarter's total in a run over its central value: the sales interval at {@code uSales}
     * (one quantile for every quarter and designer, their errors moving together) and, after the
     * data, the growth at {@code uGrowth} compounded.
     */
    double[] factors(double uSales, double uGrowth) {
        double g = growth.at(uGrowth);
        double[] drawn = new double[Quarter.COUNT];
        double[] factors = new double[Quarter.COUNT];
        for (int q = 0; q < Quarter.COUNT; q++) {
            drawn[q] = q < dataQuarters ? sales[q].at(uSales) : drawn[q - 4] * g;
            factors[q] = central[q] == 0 ? 1 : drawn[q] / central[q];
        }
        return factors;
    }
}
